package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.ErrorCode;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Rate cards of lanes: publishing new versions and finding the one in force. */
@Service
@Transactional(readOnly = true)
public class RateCards {

	private final RateCardRepository cards;

	private final NetworkCatalog network;

	private final RateCardCache cache;

	private final JdbcTemplate jdbc;

	RateCards(RateCardRepository cards, NetworkCatalog network, RateCardCache cache, JdbcTemplate jdbc) {
		this.cards = cards;
		this.network = network;
		this.cache = cache;
		this.jdbc = jdbc;
	}

	public Optional<RateCard> byId(UUID id) {
		return cards.findById(id).map(RateCardEntity::toRateCard);
	}

	/** Every version of a lane's card, newest first. */
	public List<RateCard> ofLane(UUID laneId) {
		return cards.findByLaneIdOrderByVersionDesc(laneId).stream().map(RateCardEntity::toRateCard).toList();
	}

	/** The card in force on a lane now, through the cache. */
	public Optional<RateCard> active(UUID laneId) {
		return cache.activeCard(laneId, () -> cards.findActive(laneId, now()).map(RateCardEntity::toRateCard));
	}

	/**
	 * Publishes the next version of a lane's card. Its window may not overlap another
	 * card's, except that an open-ended card starting earlier is superseded: it ends
	 * where the new one starts.
	 */
	@Transactional
	public RateCardResult publish(RateCardPublishInput input) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.OPERATOR)) {
			return failure("input", CommonErrorCode.NOT_PERMITTED, "Only operators publish rate cards");
		}
		Optional<Lane> lane = GlobalId.decode(input.laneId(), Lane.TYPE)
			.flatMap(network::lane)
			.filter((found) -> found.operatorId().equals(tenant.orgId()));
		if (lane.isEmpty()) {
			return failure("input.laneId", CommonErrorCode.NOT_FOUND, "No such lane of yours");
		}
		if (Money.currency(input.currency()).isEmpty()) {
			return failure("input.currency", CommonErrorCode.INVALID_CURRENCY, "must be an ISO 4217 currency code");
		}
		Tariff tariff = new Tariff(Money.currency(input.currency()).orElseThrow().getCurrencyCode(), input.breaks(),
				input.minimumCharge(), input.fuelSurchargePercent(), input.accessorials(), input.loadCapacityKg());
		Violations precision = checkPrecision(input);
		if (!precision.isEmpty()) {
			return new RateCardResult(null, precision.errors());
		}
		List<String> problems = QuoteCalculator.validate(tariff);
		if (!problems.isEmpty()) {
			return new RateCardResult(null, problems.stream().map(RateCards::asUserError).toList());
		}
		if (input.validTo() != null && !input.validTo().isAfter(input.validFrom())) {
			return failure("input.validTo", CommonErrorCode.INVALID, "must be after validFrom");
		}
		UUID laneId = lane.get().uuid();
		// Publications of one lane queue up, so two cannot both pass the overlap check.
		jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 0))", Object.class, laneId.toString());
		List<RateCardEntity> existing = cards.findByLaneIdOrderByVersionDesc(laneId);
		for (RateCardEntity card : existing) {
			boolean startsBefore = card.validFrom().isBefore(input.validFrom());
			boolean overlaps = (input.validTo() == null || card.validFrom().isBefore(input.validTo()))
					&& (card.validTo() == null || card.validTo().isAfter(input.validFrom()));
			if (overlaps && !(card.validTo() == null && startsBefore)) {
				return failure("input.validFrom", PricingErrorCode.OVERLAPPING_VALIDITY,
						"overlaps version " + card.toRateCard().version() + " of this lane's card");
			}
		}
		existing.stream()
			.filter((card) -> card.validTo() == null && card.validFrom().isBefore(input.validFrom()))
			.forEach((card) -> card.endAt(input.validFrom()));
		RateCardEntity card = cards.save(new RateCardEntity(tenant.orgId(), laneId, cards.maxVersion(laneId) + 1,
				tariff, input.validFrom(), input.validTo(), now(), tenant.userId()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				cache.evictLane(laneId);
			}
		});
		return new RateCardResult(card.toRateCard(), List.of());
	}

	/**
	 * {@link QuoteCalculator#validate} says "field: problem"; the field becomes the
	 * error's path.
	 */
	private static UserError asUserError(String problem) {
		int colon = problem.indexOf(": ");
		return (colon > 0) ? UserError.of("input." + problem.substring(0, colon), CommonErrorCode.INVALID,
				problem.substring(colon + 2)) : UserError.of("input", CommonErrorCode.INVALID, problem);
	}

	/**
	 * Amounts must fit the columns they are stored in, which would otherwise round them
	 * silently; signs and order are {@link QuoteCalculator#validate}'s business.
	 */
	private static Violations checkPrecision(RateCardPublishInput input) {
		Violations v = new Violations();
		scale(v, "input.minimumCharge", input.minimumCharge(), 2);
		scale(v, "input.fuelSurchargePercent", input.fuelSurchargePercent(), 2);
		scale(v, "input.loadCapacityKg", input.loadCapacityKg(), 1);
		if (input.accessorials() != null) {
			scale(v, "input.accessorials.dangerousGoods", input.accessorials().dangerousGoods(), 2);
			scale(v, "input.accessorials.pickup", input.accessorials().pickup(), 2);
			scale(v, "input.accessorials.customsClearance", input.accessorials().customsClearance(), 2);
		}
		List<WeightBreak> breaks = (input.breaks() != null) ? input.breaks() : List.of();
		for (int i = 0; i < breaks.size(); i++) {
			scale(v, "input.breaks." + i + ".fromKg", breaks.get(i).fromKg(), 1);
			scale(v, "input.breaks." + i + ".pricePerKg", breaks.get(i).pricePerKg(), 4);
		}
		return v;
	}

	private static void scale(Violations v, String field, @Nullable BigDecimal value, int scale) {
		if (value != null && value.stripTrailingZeros().scale() > scale) {
			v.add(field, CommonErrorCode.INVALID, "must have at most " + scale + " decimal places");
		}
		else if (value != null && value.abs().compareTo(new BigDecimal("1000000000")) >= 0) {
			v.add(field, CommonErrorCode.OUT_OF_RANGE, "is too large");
		}
	}

	private static RateCardResult failure(String field, ErrorCode code, String message) {
		return new RateCardResult(null, List.of(UserError.of(field, code, message)));
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
