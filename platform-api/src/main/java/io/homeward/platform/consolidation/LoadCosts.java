package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.pricing.LaneQuote;
import io.homeward.platform.pricing.Piece;
import io.homeward.platform.pricing.PricingErrorCode;
import io.homeward.platform.pricing.QuoteRequest;
import io.homeward.platform.pricing.Quotes;
import io.homeward.platform.pricing.RateCard;
import io.homeward.platform.pricing.RateCards;
import io.homeward.platform.pricing.Tariff;
import io.homeward.platform.pricing.WeightBreak;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A load's carrier invoice, reconciled with the lane's rate card and split among the
 * shippers in the load ({@code docs/domain/cost-sharing.md}), and the statements each
 * reader may see of it. The operator of the load records; row-level security lets each
 * shipper read only its own line and the carrier none.
 */
@Service
@Transactional
public class LoadCosts {

	/**
	 * Flag an invoice more than 5 % off the rate card unless the operator says otherwise.
	 */
	public static final BigDecimal DEFAULT_TOLERANCE_PERCENT = new BigDecimal("5");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final LoadRepository loads;

	private final NetworkCatalog network;

	private final RateCards rateCards;

	private final Quotes quotes;

	private final JdbcClient jdbc;

	LoadCosts(LoadRepository loads, NetworkCatalog network, RateCards rateCards, Quotes quotes, JdbcClient jdbc) {
		this.loads = loads;
		this.network = network;
		this.rateCards = rateCards;
		this.quotes = quotes;
		this.jdbc = jdbc;
	}

	/**
	 * Records the invoice and the statement lines: done with the statements as the
	 * operator reads them, or refused with every problem of the input and nothing stored.
	 */
	public Outcome<CostStatements> record(LoadCostRecord command) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.OPERATOR)) {
			return Outcome.refused("", CommonErrorCode.NOT_PERMITTED, "Only the load's operator records its invoice");
		}
		Violations v = new Violations();
		Currency currency = v.parse("currency", command.currency(), Money::currency, CommonErrorCode.INVALID_CURRENCY,
				"must be an ISO 4217 currency code");
		int digits = (currency != null) ? Math.max(currency.getDefaultFractionDigits(), 0) : 2;
		v.decimal("amount", command.amount(), true, MAX_AMOUNT, digits);
		v.pattern("invoiceReference", command.invoiceReference(), 64, "[A-Za-z0-9][A-Za-z0-9._/-]*",
				"letters, digits and . _ / -");
		BigDecimal tolerance = (command.tolerancePercent() != null) ? command.tolerancePercent()
				: DEFAULT_TOLERANCE_PERCENT;
		v.decimal("tolerancePercent", tolerance, true, HUNDRED, 2);
		// Row-level security hides other operators' loads; the filter says so in the
		// code.
		Optional<LoadEntity> found = loads.findById(command.loadId())
			.filter((load) -> load.operatorId().equals(tenant.orgId()));
		if (found.isEmpty()) {
			v.add("loadId", CommonErrorCode.NOT_FOUND, "No such load");
		}
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		LoadEntity load = found.orElseThrow();
		if (load.status() == LoadStatus.PLANNING) {
			return Outcome.refused("loadId", ConsolidationErrorCode.LOAD_STILL_PLANNING,
					"The load is still being planned: record its invoice once it is closed");
		}
		if (invoiced(load.id())) {
			return Outcome.refused("loadId", ConsolidationErrorCode.INVOICE_RECORDED,
					"The load's invoice is recorded already");
		}
		if (referenceTaken(tenant.orgId(), command.invoiceReference())) {
			return Outcome.refused("invoiceReference", CommonErrorCode.TAKEN,
					"Another load's invoice has this reference");
		}
		Map<UUID, List<Piece>> piecesByShipper = pieces(load.id());
		if (piecesByShipper.isEmpty()) {
			return Outcome.refused("loadId", ConsolidationErrorCode.LOAD_EMPTY, "The load holds no parcels");
		}
		Lane lane = network.lane(load.laneId()).orElseThrow();
		Optional<RateCard> card = rateCards.active(lane);
		if (card.isEmpty()) {
			return Outcome.refused("loadId", PricingErrorCode.NO_RATE_CARD,
					"The load's lane has no rate card in force");
		}
		Tariff tariff = card.get().tariff();
		if (!tariff.currency().equals(currency.getCurrencyCode())) {
			return Outcome.refused("currency", ConsolidationErrorCode.CURRENCY_MISMATCH,
					"The lane's rate card is in " + tariff.currency());
		}
		List<AllocationShipper> shippers = new ArrayList<>();
		Map<UUID, BigDecimal> chargeable = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<UUID, List<Piece>> entry : piecesByShipper.entrySet()) {
			BigDecimal kg = Quotes.chargeableKg(lane.mode(), entry.getValue());
			Outcome<LaneQuote> alone = quotes
				.quote(new QuoteRequest(load.programId(), load.originHubId(), entry.getValue(), false, false));
			if (alone.valueOrNull() == null) {
				return Outcome.refused("loadId", PricingErrorCode.NO_RATE_CARD,
						"No courier rate card prices the shippers' parcels alone");
			}
			if (!alone.valueOrNull().standAlone().currency().equals(currency.getCurrencyCode())) {
				return Outcome.refused("currency", ConsolidationErrorCode.CURRENCY_MISMATCH,
						"The courier rate card is in " + alone.valueOrNull().standAlone().currency());
			}
			chargeable.put(entry.getKey(), kg);
			total = total.add(kg);
			shippers.add(new AllocationShipper(entry.getKey(), kg, alone.valueOrNull().standAlone().total()));
		}
		LaneRate rate = rate(tariff);
		BigDecimal expected = rate.price(total)
			.multiply(BigDecimal.ONE.add(tariff.fuelSurchargePercent().movePointLeft(2)))
			.setScale(digits, RoundingMode.HALF_UP);
		BigDecimal invoiced = command.amount().setScale(digits, RoundingMode.UNNECESSARY);
		BigDecimal difference = invoiced.subtract(expected);
		boolean flagged = difference.abs().compareTo(expected.multiply(tolerance).movePointLeft(2)) > 0;
		// The input overrides the program's setting, so that one load can be split
		// another
		// way without changing the program.
		AllocationMethod method = (command.method() != null) ? command.method()
				: programMethod(load.programId()).orElse(AllocationMethod.DEFAULT);
		Allocation allocation = CostAllocation
			.allocate(new AllocationRequest(new Money(invoiced, currency), shippers, rate), method);
		// A concurrent recording of the same load, or of another load under the same
		// invoice reference, passes the checks above too; the keys decide (the load's
		// one invoice, the operator's one use of a reference), and the loser waits for
		// the winner's commit and inserts nothing, with its transaction intact. The
		// invoice is the first write, so refusing here leaves nothing behind.
		int inserted = jdbc.sql("""
				insert into load_invoice (operator_id, load_id, amount, currency, invoice_reference, chargeable_kg,
				    expected_amount, difference, tolerance_percent, flagged, method_requested, method_applied, fallback,
				    recorded_by, recorded_at)
				values (:operator, :load, :amount, :currency, :reference, :kg, :expected, :difference, :tolerance,
				    :flagged, :requested, :applied, :fallback, :by, :at)
				on conflict do nothing""")
			.param("operator", tenant.orgId())
			.param("load", load.id())
			.param("amount", invoiced)
			.param("currency", currency.getCurrencyCode())
			.param("reference", command.invoiceReference())
			.param("kg", total)
			.param("expected", expected)
			.param("difference", difference)
			.param("tolerance", tolerance)
			.param("flagged", flagged)
			.param("requested", allocation.requested().name())
			.param("applied", allocation.applied().name())
			.param("fallback", (allocation.fallback() != null) ? allocation.fallback().name() : null)
			.param("by", tenant.userId())
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
			.update();
		if (inserted == 0) {
			// Which key it lost: this statement sees the winner's committed row.
			return invoiced(load.id())
					? Outcome.refused("loadId", ConsolidationErrorCode.INVOICE_RECORDED,
							"The load's invoice is recorded already")
					: Outcome.refused("invoiceReference", CommonErrorCode.TAKEN,
							"Another load's invoice has this reference");
		}
		for (ShipperShare share : allocation.shares()) {
			jdbc.sql("""
					insert into cost_statement_line (operator_id, load_id, shipper_id, chargeable_kg, share,
					    stand_alone_price, saving, currency, method_applied, fallback, shapley_error)
					values (:operator, :load, :shipper, :kg, :share, :alone, :saving, :currency, :applied, :fallback,
					    :error)""")
				.param("operator", tenant.orgId())
				.param("load", load.id())
				.param("shipper", share.shipperId())
				.param("kg", chargeable.get(share.shipperId()))
				.param("share", share.share().amount())
				.param("alone", share.standAlonePrice().amount())
				.param("saving", share.saving().amount())
				.param("currency", currency.getCurrencyCode())
				.param("applied", allocation.applied().name())
				.param("fallback", (allocation.fallback() != null) ? allocation.fallback().name() : null)
				.param("error", share.standardError())
				.update();
		}
		return Outcome.done(statements(load.id()));
	}

	/**
	 * The statements of a load as the caller may read them: two statements whatever the
	 * number of shippers. Empty for a load without an invoice or one the caller may not
	 * read.
	 */
	@Transactional(readOnly = true)
	public CostStatements statements(UUID loadId) {
		CostStatements.Reconciliation reconciliation = jdbc.sql("""
				select invoice_reference, currency, amount, expected_amount, difference, tolerance_percent, flagged,
				       chargeable_kg, method_requested, method_applied, fallback
				from load_invoice where load_id = :load""")
			.param("load", loadId)
			.query((rs, row) -> new CostStatements.Reconciliation(rs.getString("invoice_reference"),
					rs.getString("currency"), rs.getBigDecimal("amount"), rs.getBigDecimal("expected_amount"),
					rs.getBigDecimal("difference"), rs.getBigDecimal("tolerance_percent"), rs.getBoolean("flagged"),
					rs.getBigDecimal("chargeable_kg"), AllocationMethod.valueOf(rs.getString("method_requested")),
					AllocationMethod.valueOf(rs.getString("method_applied")), fallback(rs.getString("fallback"))))
			.optional()
			.orElse(null);
		List<CostStatements.Line> lines = jdbc.sql("""
				select shipper_id, currency, chargeable_kg, share, stand_alone_price, saving, method_applied, fallback,
				       shapley_error
				from cost_statement_line where load_id = :load order by shipper_id""")
			.param("load", loadId)
			.query((rs, row) -> new CostStatements.Line(rs.getObject("shipper_id", UUID.class),
					rs.getString("currency"), rs.getBigDecimal("chargeable_kg"), rs.getBigDecimal("share"),
					rs.getBigDecimal("stand_alone_price"), rs.getBigDecimal("saving"),
					AllocationMethod.valueOf(rs.getString("method_applied")), fallback(rs.getString("fallback")),
					rs.getBigDecimal("shapley_error")))
			.list();
		return new CostStatements(loadId, reconciliation, lines);
	}

	/**
	 * Sets the method the program's invoices are split by when the recording names none:
	 * the program's operator's org-admins only. Answers the method now in force.
	 */
	public Outcome<AllocationMethod> setProgramMethod(ProgramCostSharingSet command) {
		Tenant tenant = TenantContext.require();
		Optional<io.homeward.platform.shared.UserError> refusal = tenant.refusalToAdminister(OrganizationKind.OPERATOR,
				"", "Only the program's operator sets its cost-sharing method", "Setting the cost-sharing method");
		if (refusal.isPresent()) {
			return Outcome.refused(List.of(refusal.get()));
		}
		// Every organization reads every program; only its own operator may set this.
		if (network.ownProgram(command.programId()).isEmpty()) {
			return Outcome.refused("programId", CommonErrorCode.NOT_FOUND, "No such program of yours");
		}
		jdbc.sql("""
				insert into program_cost_sharing (operator_id, program_id, method, updated_by, updated_at)
				values (:operator, :program, :method, :by, now())
				on conflict (operator_id, program_id) do update set method = excluded.method,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.param("operator", tenant.orgId())
			.param("program", command.programId())
			.param("method", command.method().name())
			.param("by", tenant.userId())
			.update();
		return Outcome.done(command.method());
	}

	/**
	 * The program's method as the caller may read it: its operator and its member
	 * shippers; empty when none is set or the caller may not read it.
	 */
	@Transactional(readOnly = true)
	public Optional<AllocationMethod> programMethod(UUID programId) {
		return jdbc.sql("select method from program_cost_sharing where program_id = :program")
			.param("program", programId)
			.query((rs, row) -> AllocationMethod.valueOf(rs.getString("method")))
			.optional();
	}

	private static @Nullable AllocationFallback fallback(@Nullable String name) {
		return (name != null) ? AllocationFallback.valueOf(name) : null;
	}

	private boolean invoiced(UUID loadId) {
		return jdbc.sql("select count(*) from load_invoice where load_id = :load")
			.param("load", loadId)
			.query(Long.class)
			.single() > 0;
	}

	private boolean referenceTaken(UUID operatorId, String reference) {
		return jdbc.sql("select count(*) from load_invoice where operator_id = :operator and invoice_reference = :ref")
			.param("operator", operatorId)
			.param("ref", reference)
			.query(Long.class)
			.single() > 0;
	}

	/** Each shipper's parcels in the load as pieces, in shipper id order. */
	private Map<UUID, List<Piece>> pieces(UUID loadId) {
		Map<UUID, List<Piece>> byShipper = new TreeMap<>();
		jdbc.sql("""
				select shipper_id, weight_kg, length_cm, width_cm, height_cm, un_numbers
				from unit_parcel where load_id = :load order by shipper_id, parcel_id""")
			.param("load", loadId)
			.query((rs, row) -> {
				byShipper.computeIfAbsent(rs.getObject("shipper_id", UUID.class), (id) -> new ArrayList<>())
					.add(new Piece(rs.getBigDecimal("weight_kg"), rs.getBigDecimal("length_cm"),
							rs.getBigDecimal("width_cm"), rs.getBigDecimal("height_cm"), 1,
							rs.getString("un_numbers") != null));
				return row;
			})
			.list();
		return byShipper;
	}

	/** The lane's weight breaks as cost sharing's R(w), before surcharges. */
	private static LaneRate rate(Tariff tariff) {
		Map<BigDecimal, BigDecimal> breaks = new TreeMap<>();
		for (WeightBreak weightBreak : tariff.breaks()) {
			breaks.put(weightBreak.fromKg(), weightBreak.pricePerKg());
		}
		return LaneRate.weightBreaks(tariff.minimumCharge(), breaks);
	}

}
