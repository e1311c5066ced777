package io.homeward.platform.tracking;

import java.util.List;

import io.homeward.platform.consolidation.LoadDispatched;
import io.homeward.platform.consolidation.LoadReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Publishes a {@link TrackingNotice} on {@link #CHANNEL} once the transaction that
 * recorded events, or dispatched or received a load, has committed: a subscriber must
 * never hear of a row that a rollback then takes away, and its read of the row must find
 * it. Every instance, this one included, hears the notice through Redis and passes it to
 * its own subscriptions ({@link TrackingSubscriptions}), so a subscriber is served the
 * same way whichever instance recorded the event.
 * <p>
 * Delivery is at most once: Redis pub/sub keeps nothing for an instance that is not
 * listening, and a notice that cannot be published (Redis down) is logged and lost. The
 * events themselves are committed; a client that reconnects reads what it missed with
 * {@code trackingEvents}.
 */
@Component
class TrackingNotices {

	/**
	 * One channel for every organization: a notice concerns whoever may see its events,
	 * which only each subscriber's own read decides, and it carries ids only.
	 */
	static final String CHANNEL = "homeward:tracking:notices";

	private static final Logger log = LoggerFactory.getLogger(TrackingNotices.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	TrackingNotices(StringRedisTemplate redis, JsonMapper json) {
		this.redis = redis;
		this.json = json;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void recorded(TrackingEventsRecorded recorded) {
		if (!recorded.events().isEmpty()) {
			publish(new TrackingNotice(recorded.events(), null));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void dispatched(LoadDispatched dispatched) {
		publish(new TrackingNotice(List.of(), dispatched.load().uuid()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void received(LoadReceived received) {
		publish(new TrackingNotice(List.of(), received.load().uuid()));
	}

	private void publish(TrackingNotice notice) {
		try {
			redis.convertAndSend(CHANNEL, json.writeValueAsString(notice));
		}
		catch (RuntimeException ex) {
			// Committed already: the caller's answer stands, only live subscribers miss
			// it.
			log.warn("Tracking notice not published ({}): subscribers miss {} events", ex.getClass().getSimpleName(),
					notice.events().size());
		}
	}

}
