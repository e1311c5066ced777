package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.ErrorCode;
import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes pieces from a collection hub into a program: the courier baseline against the
 * cheapest of the program's consolidated lanes from that hub, with the caller's
 * negotiated adjustment.
 */
@Service
@Transactional(readOnly = true)
public class Quotes {

	/**
	 * Fill assumed where the operator has set none: half full, so savings are not
	 * overstated.
	 */
	static final BigDecimal DEFAULT_FILL = new BigDecimal("0.500");

	private static final BigDecimal MAX_KG = new BigDecimal("30000");

	private static final BigDecimal MAX_CM = new BigDecimal("1500");

	private final NetworkCatalog network;

	private final RateCards rateCards;

	private final RateCardCache cache;

	private final ProgramPricingRepository programPricing;

	private final AdjustmentRepository adjustments;

	Quotes(NetworkCatalog network, RateCards rateCards, RateCardCache cache, ProgramPricingRepository programPricing,
			AdjustmentRepository adjustments) {
		this.network = network;
		this.rateCards = rateCards;
		this.cache = cache;
		this.programPricing = programPricing;
		this.adjustments = adjustments;
	}

	public QuoteResult quote(LaneQuoteInput input) {
		Tenant tenant = TenantContext.require();
		Violations v = checkPieces(input.pieces());
		if (!v.isEmpty()) {
			return new QuoteResult(null, v.errors());
		}
		Optional<Program> program = GlobalId.decode(input.programId(), Program.TYPE).flatMap(network::program);
		if (program.isEmpty()) {
			return failure("input.programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		Optional<Hub> origin = GlobalId.decode(input.originHubId(), Hub.TYPE).flatMap(network::hub);
		if (origin.isEmpty()) {
			return failure("input.originHubId", CommonErrorCode.NOT_FOUND, "No such hub");
		}
		UUID programId = program.get().uuid();
		List<Lane> pooledLanes = network.lanesOfPrograms(List.of(programId))
			.getOrDefault(programId, List.of())
			.stream()
			.filter((lane) -> lane.originHubId().equals(origin.get().uuid()) && lane.mode() != TransportMode.PARCEL)
			.toList();
		if (pooledLanes.isEmpty()) {
			return failure("input.originHubId", NetworkErrorCode.ORIGIN_NOT_SERVED,
					"The program collects nothing there");
		}
		Optional<Lane> courier = network.lanesBetween(origin.get().uuid(), program.get().destinationHubId())
			.stream()
			.filter((lane) -> lane.mode() == TransportMode.PARCEL)
			.findFirst();
		Optional<RateCard> baselineCard = courier.flatMap((lane) -> rateCards.active(lane.uuid()));
		if (baselineCard.isEmpty()) {
			return failure("input.originHubId", PricingErrorCode.NO_RATE_CARD, "No courier rate card to compare with");
		}
		BigDecimal adjustment = tenant.is(OrganizationKind.SHIPPER)
				? cache.adjustment(tenant.orgId(), programId, () -> adjustments.percent(programId, tenant.orgId()))
				: BigDecimal.ZERO;
		BigDecimal fill = programPricing.findById(programId)
			.map(ProgramPricingEntity::expectedFill)
			.orElse(DEFAULT_FILL);
		boolean pickup = Boolean.TRUE.equals(input.pickup());
		boolean customs = Boolean.TRUE.equals(input.customsClearance());
		PriceBreakdown standAlone = QuoteCalculator.standAlone(TransportMode.PARCEL, baselineCard.get().tariff(),
				input.pieces(), pickup, customs, BigDecimal.ZERO);
		record Candidate(Lane lane, RateCard card, PriceBreakdown price) {
		}
		Optional<Candidate> best = pooledLanes.stream()
			.flatMap((lane) -> rateCards.active(lane.uuid())
				.stream()
				.map((card) -> new Candidate(lane, card,
						QuoteCalculator.pooledShare(lane.mode(), card.tariff(), input.pieces(), fill, pickup, customs,
								adjustment))))
			.filter((candidate) -> candidate.price().currency().equals(standAlone.currency()))
			.min(Comparator.comparing((Candidate candidate) -> candidate.price().total())
				.thenComparing((candidate) -> candidate.lane().transitDays()));
		if (best.isEmpty()) {
			return failure("input.programId", PricingErrorCode.NO_RATE_CARD,
					"No consolidated lane from there has a rate card in " + standAlone.currency());
		}
		BigDecimal saving = standAlone.total().subtract(best.get().price().total());
		BigDecimal percent = (standAlone.total().signum() == 0) ? BigDecimal.ZERO
				: saving.multiply(BigDecimal.valueOf(100)).divide(standAlone.total(), 2, RoundingMode.HALF_UP);
		return new QuoteResult(
				new LaneQuote(best.get().lane().uuid(), courier.get().uuid(), fill, standAlone, best.get().price(),
						new Money(saving, Currency.getInstance(standAlone.currency())), percent,
						best.get().lane().transitDays(), best.get().card().version(), baselineCard.get().version()),
				List.of());
	}

	private static Violations checkPieces(List<Piece> pieces) {
		Violations v = new Violations();
		if (pieces == null || pieces.isEmpty() || pieces.size() > 500) {
			v.add("input.pieces", CommonErrorCode.OUT_OF_RANGE, "between 1 and 500 pieces");
			return v;
		}
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			String at = "input.pieces." + i;
			v.decimal(at + ".weightKg", piece.weightKg(), false, MAX_KG, 3);
			v.range(at + ".quantity", piece.quantity(), 1, 10_000);
			if (piece.lengthCm() != null) {
				v.decimal(at + ".lengthCm", piece.lengthCm(), false, MAX_CM, 1);
			}
			if (piece.widthCm() != null) {
				v.decimal(at + ".widthCm", piece.widthCm(), false, MAX_CM, 1);
			}
			if (piece.heightCm() != null) {
				v.decimal(at + ".heightCm", piece.heightCm(), false, MAX_CM, 1);
			}
		}
		return v;
	}

	private static QuoteResult failure(String field, ErrorCode code, String message) {
		return new QuoteResult(null, List.of(UserError.of(field, code, message)));
	}

}
