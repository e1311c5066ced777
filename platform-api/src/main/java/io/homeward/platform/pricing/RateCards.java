package io.homeward.platform.pricing;

import io.homeward.platform.shared.UserError;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate cards of lanes: publishing new versions and finding the one in force. Who reads
 * them is row-level security's decision: the lane's operator and shippers, no carrier and
 * no other operator.
 */
@Service
@Transactional(readOnly = true)
public class RateCards {

	private final RateCardRepository cards;

	private final PricingQueries queries;

	private final NetworkCatalog network;

	private final RateCardCache cache;

	private final JdbcClient jdbc;

	/** The unique key of a card's version within its lane (pricing V2). */
	static final String VERSION_KEY = "rate_card_version_per_lane_key";

	private final ApplicationEventPublisher events;

	private final TransactionTemplate writes;

	RateCards(RateCardRepository cards, PricingQueries queries, NetworkCatalog network, RateCardCache cache,
			JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.cards = cards;
		this.queries = queries;
		this.network = network;
		this.cache = cache;
		this.jdbc = jdbc;
		this.events = events;
		this.writes = new TransactionTemplate(transactions);
	}

	/** A card the caller may read. */
	public Optional<RateCard> byId(UUID id) {
		return Optional.ofNullable(queries.byIds(List.of(id)).get(id));
	}

	/** Every version of a lane's card that the caller may read, newest first. */
	public List<RateCard> ofLane(UUID laneId) {
		return queries.ofLane(laneId);
	}

	/**
	 * The card in force on a lane now: through the cache for the callers PostgreSQL would
	 * show it to, straight from PostgreSQL for everyone else.
	 * <p>
	 * Cached cards carry no organization (one copy serves every reader), so the cache
	 * must never answer a caller whose own read would be refused: a carrier, or an
	 * operator that does not own the lane, would otherwise be served a card that
	 * row-level security hides from it. The test here is the read policy of
	 * {@code rate_card} (the owning operator, or any shipper) applied to the lane's
	 * operator, which is the card's: the composite foreign key
	 * {@code (operator_id, lane_id) → lane} makes them equal. Everyone the cache answers
	 * would read the same rows, so what one loads may serve the others.
	 */
	public Optional<RateCard> active(Lane lane) {
		Tenant caller = TenantContext.require();
		boolean readsTheLanesCards = caller.is(OrganizationKind.SHIPPER)
				|| (caller.is(OrganizationKind.OPERATOR) && caller.orgId().equals(lane.operatorId()));
		if (!readsTheLanesCards) {
			return queries.active(lane.uuid(), now());
		}
		return cache.activeCard(lane.uuid(), () -> queries.active(lane.uuid(), now()));
	}

	/**
	 * Publishes the next version of a lane's card, for an administrator of the lane's
	 * operator. Every problem of the card (lane, currency, precision, tariff, window) is
	 * reported at once; then its window may not overlap another version's, except that an
	 * open-ended version starting earlier is superseded: it ends where the new one
	 * starts. Registers {@link RateCardPublished}.
	 * <p>
	 * Publications of one lane queue up on a lock, but a version written past it (by
	 * anything other than this method) is invisible until it commits: this card's version
	 * then loses the lane's version key. The whole publication runs once more in a new
	 * transaction, which sees that version, checks the overlap against it and takes the
	 * next number; should it lose again, the answer is {@code CONFLICT}, to retry
	 * (docs/domain/pricing.md). Within a caller's transaction the publication joins it,
	 * so it rolls back with it; the violation has then doomed that transaction, and the
	 * answer is {@code CONFLICT} at once.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Outcome<RateCard> publish(RateCardPublish command) {
		int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : 2;
		for (int attempt = 0; attempt < attempts; attempt++) {
			try {
				return Objects.requireNonNull(writes.execute((status) -> publishing(command)));
			}
			catch (DataAccessException ex) {
				if (!UniqueKeys.violated(ex, VERSION_KEY)) {
					throw ex;
				}
			}
		}
		return Outcome.refused("laneId", CommonErrorCode.CONFLICT,
				"Another card was published for this lane at the same time; retry");
	}

	/**
	 * One attempt at a publication, flushed before its transaction ends: a transaction of
	 * its own, or the caller's.
	 */
	private Outcome<RateCard> publishing(RateCardPublish command) {
		Tenant tenant = TenantContext.require();
		Optional<UserError> refused = tenant.refusalToAdminister(OrganizationKind.OPERATOR, "",
				"Only operators publish rate cards", "Publishing a rate card");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Violations v = new Violations();
		Optional<Lane> lane = network.lane(command.laneId())
			.filter((found) -> found.operatorId().equals(tenant.orgId()));
		if (lane.isEmpty()) {
			v.add("laneId", CommonErrorCode.NOT_FOUND, "No such lane of yours");
		}
		RateCardRules.check(command, v);
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		UUID laneId = lane.get().uuid();
		// Publications of one lane queue up, so two cannot both pass the overlap check.
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:lane, 0))")
			.param("lane", laneId.toString())
			.query((rs, row) -> row)
			.list();
		List<PricingQueries.Validity> versions = queries.versions(laneId);
		for (PricingQueries.Validity existing : versions) {
			if (overlaps(existing, command) && !supersedes(command, existing)) {
				return Outcome.refused("validFrom", PricingErrorCode.OVERLAPPING_VALIDITY,
						"overlaps version " + existing.version() + " of this lane's card");
			}
		}
		versions.stream()
			.filter((existing) -> supersedes(command, existing))
			.forEach((existing) -> cards.findById(existing.id()).orElseThrow().endAt(command.validFrom()));
		int version = versions.stream().mapToInt(PricingQueries.Validity::version).max().orElse(0) + 1;
		RateCardEntity card = cards.saveAndFlush(new RateCardEntity(tenant.orgId(), laneId, version, command.tariff(),
				command.validFrom(), command.validTo(), now(), tenant.userId()));
		events.publishEvent(new RateCardPublished(tenant.orgId(), laneId, version));
		return Outcome.done(card.toRateCard());
	}

	private static boolean overlaps(PricingQueries.Validity existing, RateCardPublish command) {
		return (command.validTo() == null || existing.validFrom().isBefore(command.validTo()))
				&& (existing.validTo() == null || existing.validTo().isAfter(command.validFrom()));
	}

	/** An open-ended version that starts earlier ends where the new one starts. */
	private static boolean supersedes(RateCardPublish command, PricingQueries.Validity existing) {
		return existing.validTo() == null && existing.validFrom().isBefore(command.validFrom());
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
