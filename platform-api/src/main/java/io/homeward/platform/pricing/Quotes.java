package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes pieces from a collection hub into a program: the courier baseline against the
 * cheapest of the program's consolidated lanes from that hub, with the caller's
 * negotiated adjustment. For shippers and operators; carriers do not read prices.
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

	private final PricingQueries queries;

	Quotes(NetworkCatalog network, RateCards rateCards, RateCardCache cache, PricingQueries queries) {
		this.network = network;
		this.rateCards = rateCards;
		this.cache = cache;
		this.queries = queries;
	}

	/**
	 * The chargeable weight of the pieces in this mode: actual against volumetric by the
	 * mode's rule, rounded up to the mode's billing step, as every quote computes it.
	 * Consolidation bills loads by it.
	 */
	public static BigDecimal chargeableKg(TransportMode mode, List<Piece> pieces) {
		return QuoteCalculator.chargeableKg(mode, pieces);
	}

	/**
	 * The stand-alone and pooled prices of the pieces. The pieces' form and unknown
	 * program or hub are reported together; what follows (an origin the program does not
	 * serve, a missing card) needs both.
	 */
	public Outcome<LaneQuote> quote(QuoteRequest request) {
		Tenant tenant = TenantContext.require();
		if (tenant.is(OrganizationKind.CARRIER)) {
			// Carriers may not read rate cards (row-level security hides them), so they
			// are
			// not quoted either: refused outright rather than answered "no rate card".
			return Outcome.refused("", CommonErrorCode.NOT_PERMITTED, "Quotes are for shippers and operators");
		}
		Violations v = checkPieces(request.pieces());
		Optional<Program> program = network.program(request.programId());
		if (program.isEmpty()) {
			v.add("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		Optional<Hub> origin = network.hub(request.originHubId());
		if (origin.isEmpty()) {
			v.add("originHubId", CommonErrorCode.NOT_FOUND, "No such hub");
		}
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		UUID programId = program.get().uuid();
		UUID operatorId = program.get().operatorId();
		List<Lane> pooledLanes = network.lanesOfPrograms(List.of(programId))
			.getOrDefault(programId, List.of())
			.stream()
			.filter((lane) -> lane.originHubId().equals(origin.get().uuid()) && lane.mode() != TransportMode.PARCEL)
			.toList();
		if (pooledLanes.isEmpty()) {
			return Outcome.refused("originHubId", NetworkErrorCode.ORIGIN_NOT_SERVED,
					"The program collects nothing there");
		}
		Optional<Lane> courier = network.lanesBetween(origin.get().uuid(), program.get().destinationHubId())
			.stream()
			.filter((lane) -> lane.mode() == TransportMode.PARCEL)
			.findFirst();
		Optional<RateCard> baselineCard = courier.flatMap(rateCards::active);
		if (baselineCard.isEmpty()) {
			return Outcome.refused("originHubId", PricingErrorCode.NO_RATE_CARD,
					"No courier rate card to compare with");
		}
		// Adjustments are cached under the caller's own organization, loaded under its
		// own
		// row-level security: only shippers have one.
		BigDecimal adjustment = tenant.is(OrganizationKind.SHIPPER) ? cache.adjustment(tenant.orgId(), programId,
				() -> queries.adjustment(operatorId, programId, tenant.orgId())) : BigDecimal.ZERO;
		BigDecimal fill = queries.expectedFill(operatorId, programId).orElse(DEFAULT_FILL);
		List<Piece> pieces = request.pieces();
		boolean pickup = request.pickup();
		boolean customs = request.customsClearance();
		PriceBreakdown standAlone = QuoteCalculator.standAlone(TransportMode.PARCEL, baselineCard.get().tariff(),
				pieces, pickup, customs, BigDecimal.ZERO);
		record Candidate(Lane lane, RateCard card, PriceBreakdown price) {
		}
		Optional<Candidate> best = pooledLanes.stream()
			.flatMap((lane) -> rateCards.active(lane)
				.stream()
				.map((card) -> new Candidate(lane, card,
						QuoteCalculator.pooledShare(lane.mode(), card.tariff(), pieces, fill, pickup, customs,
								adjustment))))
			.filter((candidate) -> candidate.price().currency().equals(standAlone.currency()))
			.min(Comparator.comparing((Candidate candidate) -> candidate.price().total())
				.thenComparing((candidate) -> candidate.lane().transitDays()));
		if (best.isEmpty()) {
			return Outcome.refused("programId", PricingErrorCode.NO_RATE_CARD,
					"No consolidated lane from there has a rate card in " + standAlone.currency());
		}
		BigDecimal saving = standAlone.total().subtract(best.get().price().total());
		BigDecimal percent = (standAlone.total().signum() == 0) ? BigDecimal.ZERO
				: saving.multiply(BigDecimal.valueOf(100)).divide(standAlone.total(), 2, RoundingMode.HALF_UP);
		return Outcome.done(new LaneQuote(best.get().lane().uuid(), courier.get().uuid(), fill, standAlone,
				best.get().price(), new Money(saving, Currency.getInstance(standAlone.currency())), percent,
				best.get().lane().transitDays(), best.get().card().version(), baselineCard.get().version()));
	}

	private static Violations checkPieces(List<Piece> pieces) {
		Violations v = new Violations();
		if (pieces.isEmpty() || pieces.size() > 500) {
			v.add("pieces", CommonErrorCode.OUT_OF_RANGE, "between 1 and 500 pieces");
			return v;
		}
		for (int i = 0; i < pieces.size(); i++) {
			Piece piece = pieces.get(i);
			String at = "pieces." + i;
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

}
