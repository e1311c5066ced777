package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.consolidation.LoadArrived;
import io.homeward.platform.consolidation.LoadDeparted;
import io.homeward.platform.consolidation.LoadReceived;
import io.homeward.platform.customs.DeclarationReleased;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reaches returns' milestones in the transaction of what caused them: tracking events as
 * they are recorded, and consolidation's and customs' facts through their events, handled
 * synchronously (plain {@code @EventListener}), so a milestone and its MILESTONE webhooks
 * commit with their cause or not at all, as the outbox requires.
 * <p>
 * The caller is a carrier or an operator, who cannot see the shippers' parcels and items;
 * the database function {@code return_milestones_reach} writes the rows after checking
 * the caller may tell what it tells (migration tracking/V3), in one statement whatever
 * the number of parcels reached.
 */
@Component
class ReturnMilestones {

	/** What reached the milestones: the function's {@code p_cause}. */
	enum Cause {

		EVENT, LOAD_DEPARTED, LOAD_ARRIVED, LOAD_RECEIVED, DECLARATION_RELEASED

	}

	private final JdbcClient jdbc;

	ReturnMilestones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reaches what follows from {@code cause} and enqueues the webhooks.
	 * @param ids the tracking events (EVENT), or the one load or declaration
	 * @param at when the load moved or the declaration was released; null for events,
	 * which carry their own times
	 * @return how many milestones were reached now (none already reached is counted)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int reach(Cause cause, List<UUID> ids, @Nullable OffsetDateTime at) {
		Integer made = jdbc
			.sql("select return_milestones_reach(cast(:cause as text), cast(:ids as uuid[]), cast(:at as timestamptz))")
			.param("cause", cause.name())
			.param("ids", ids.toArray(UUID[]::new))
			.param("at", at)
			.query(Integer.class)
			.single();
		return (made == null) ? 0 : made;
	}

	@EventListener
	void departed(LoadDeparted event) {
		reach(Cause.LOAD_DEPARTED, List.of(event.load().uuid()), event.departedAt());
	}

	@EventListener
	void arrived(LoadArrived event) {
		reach(Cause.LOAD_ARRIVED, List.of(event.load().uuid()), event.arrivedAt());
	}

	@EventListener
	void received(LoadReceived event) {
		reach(Cause.LOAD_RECEIVED, List.of(event.load().uuid()), event.receivedAt());
	}

	@EventListener
	void released(DeclarationReleased event) {
		reach(Cause.DECLARATION_RELEASED, List.of(event.declarationId()), event.releasedAt());
	}

}
