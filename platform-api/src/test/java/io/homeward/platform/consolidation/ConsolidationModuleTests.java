package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.ModuleIntegrationTest;
import io.homeward.platform.ScratchPrograms;
import io.homeward.platform.network.LaneAdministration;
import io.homeward.platform.network.LaneUpdate;
import io.homeward.platform.returns.Address;
import io.homeward.platform.returns.CustomerContact;
import io.homeward.platform.returns.ItemCondition;
import io.homeward.platform.returns.Parcel;
import io.homeward.platform.returns.ReturnCreate;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.returns.ReturnOrders;
import io.homeward.platform.returns.ReturnReason;
import io.homeward.platform.returns.ReturnStatus;
import io.homeward.platform.returns.ReturnTransition;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.ErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.RlsProbe;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.homeward.platform.Fixtures.ACME;
import static io.homeward.platform.Fixtures.CARRIER;
import static io.homeward.platform.Fixtures.EU_CONSUMER;
import static io.homeward.platform.Fixtures.GLOBAL_RECOVERY;
import static io.homeward.platform.Fixtures.GLOBEX;
import static io.homeward.platform.Fixtures.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consolidation module with the modules it depends on, against the real database:
 * SSCC allocation, packing rules and aggregation events, the load's state machine and its
 * optimistic locking, the receipt, and the isolation of what it stores, checked where no
 * application predicate can mask it.
 */
// The module reads returns through SQL, not through their service; the tests create the
// returns whose parcels they pack through it.
@ModuleIntegrationTest(extraIncludes = "returns")
class ConsolidationModuleTests {

	static final Tenant THE_OPERATOR = new Tenant(OPERATOR, OrganizationKind.OPERATOR, "test-operator", "operator",
			Set.of(Tenant.ADMIN_ROLE));

	static final Tenant OPERATOR_CLERK = new Tenant(OPERATOR, OrganizationKind.OPERATOR, "test-operator-clerk",
			"operator-clerk", Set.of());

	static final Tenant ACME_USER = new Tenant(ACME, OrganizationKind.SHIPPER, "test-acme", "acme", Set.of());

	static final Tenant GLOBEX_USER = new Tenant(GLOBEX, OrganizationKind.SHIPPER, "test-globex", "globex", Set.of());

	static final Tenant THE_CARRIER = new Tenant(CARRIER, OrganizationKind.CARRIER, "test-carrier", "carrier",
			Set.of());

	static final UUID MADRID = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID SAO_PAULO = UUID.fromString("a0000000-0000-4000-8000-000000000002");

	static final UUID ROTTERDAM = UUID.fromString("a0000000-0000-4000-8000-000000000004");

	static final UUID MAD_RTM_ROAD = UUID.fromString("b0000000-0000-4000-8000-000000000001");

	static final UUID MAD_RTM_PARCEL = UUID.fromString("b0000000-0000-4000-8000-000000000002");

	static final UUID GRU_RTM_SEA = UUID.fromString("b0000000-0000-4000-8000-000000000003");

	@Autowired
	HandlingUnits units;

	@Autowired
	Loads loads;

	@Autowired
	ReturnOrders returns;

	@Autowired
	LaneAdministration lanes;

	@Autowired
	LoadCosts costs;

	@Autowired
	LoadPlans plans;

	@BeforeEach
	void theOperatorHasAPrefix() throws Exception {
		if (as(THE_OPERATOR, () -> units.settings()).isEmpty()) {
			assertThat(as(THE_OPERATOR, () -> units.updateSettings(new SettingsUpdate("0614141", 1, null)).errors()))
				.isEmpty();
		}
	}

	static <T> T as(Tenant tenant, Callable<T> work) throws Exception {
		return TenantContext.callAs(tenant, work);
	}

	static <T> T done(Outcome<T> outcome) {
		assertThat(outcome.errors()).isEmpty();
		return outcome.valueOrNull();
	}

	static List<ErrorCode> codes(Outcome<?> outcome) {
		return outcome.errors().stream().map(UserError::code).toList();
	}

	/** A new approved return from Madrid with one parcel of the given weight. */
	UUID approvedParcel(Tenant shipper, String weightKg, String sideCm) throws Exception {
		return approvedParcel(shipper, weightKg, sideCm, "UN3481");
	}

	/**
	 * A new approved return from Madrid with one parcel of the given weight, whose item
	 * carries this UN number.
	 */
	UUID approvedParcel(Tenant shipper, String weightKg, String sideCm, String unNumber) throws Exception {
		return approvedParcel(EU_CONSUMER, shipper, weightKg, sideCm, unNumber);
	}

	UUID approvedParcel(UUID program, Tenant shipper, String weightKg, String sideCm, String unNumber)
			throws Exception {
		ReturnOrder order = done(as(shipper, () -> returns.create(new ReturnCreate(UUID.randomUUID().toString(),
				program, "CT-" + UUID.randomUUID().toString().substring(0, 8), ReturnReason.DEFECTIVE, null,
				new CustomerContact("Ana Ruiz", "ana@example.com", null),
				new Address("Calle Mayor 1", null, "Madrid", "28013", null, "ES"), null,
				List.of(new ReturnCreate.NewItem("LAMP", "Headlamp", "851310", "CN", 1, new BigDecimal("39.90"), "EUR",
						new BigDecimal("0.5"), null, ItemCondition.OPENED, unNumber, null, null, "P1")),
				List.of(new ReturnCreate.NewParcel("P1", new BigDecimal(weightKg),
						new Dimensions(new BigDecimal(sideCm), new BigDecimal(sideCm), new BigDecimal(sideCm))))))));
		done(as(shipper, () -> returns.transition(new ReturnTransition(order.uuid(), ReturnStatus.APPROVED, null))));
		List<Parcel> parcels = as(shipper, () -> returns.parcelsOf(List.of(order.uuid()))).get(order.uuid());
		return parcels.getFirst().uuid();
	}

	HandlingUnit unit(UnitKind kind) throws Exception {
		return done(as(OPERATOR_CLERK,
				() -> units.create(new UnitCreate(UUID.randomUUID().toString(), kind, MADRID, EU_CONSUMER))));
	}

	Load load(String capacityKg, String capacityM3) throws Exception {
		OffsetDateTime now = OffsetDateTime.now();
		return done(as(OPERATOR_CLERK,
				() -> loads.create(new LoadCreate(UUID.randomUUID().toString(),
						"L-" + UUID.randomUUID().toString().substring(0, 8), EU_CONSUMER, MAD_RTM_ROAD, now.plusDays(1),
						now.plusDays(2), new BigDecimal(capacityKg), new BigDecimal(capacityM3)))));
	}

	Outcome<Placement> pack(UUID intoUnit, UUID intoLoad, UUID unit, UUID parcel) throws Exception {
		return as(OPERATOR_CLERK, () -> units.pack(new UnitPack(intoUnit, intoLoad, unit, parcel)));
	}

	@Test
	void ssccsAreAllocatedWithoutGapsOrDuplicatesUnderConcurrency() throws Exception {
		int threads = 8;
		List<HandlingUnit> created = concurrently(threads, () -> unit(UnitKind.BAG));
		List<Long> serials = created.stream()
			.map((unit) -> Long.parseLong(unit.sscc().substring(8, 17)))
			.sorted()
			.toList();
		assertThat(serials).doesNotHaveDuplicates();
		assertThat(serials.getLast() - serials.getFirst()).as("consecutive: %s", serials).isEqualTo(threads - 1);
		for (HandlingUnit unit : created) {
			assertThat(Sscc.parse(unit.sscc())).isPresent();
			assertThat(unit.sscc()).startsWith("10614141");
			assertThat(unit.digitalLink()).isEqualTo("https://id.gs1.org/00/" + unit.sscc());
		}
	}

	@Test
	void containmentAtPastMomentsComesFromTheEventsAlone() throws Exception {
		UUID first = approvedParcel(ACME_USER, "2", "20");
		UUID second = approvedParcel(GLOBEX_USER, "3", "20");
		HandlingUnit bag = unit(UnitKind.BAG);
		HandlingUnit pallet = unit(UnitKind.PALLET);
		OffsetDateTime before = OffsetDateTime.now();
		done(pack(bag.uuid(), null, null, first));
		OffsetDateTime afterFirst = OffsetDateTime.now();
		done(pack(bag.uuid(), null, null, second));
		done(pack(pallet.uuid(), null, bag.uuid(), null));
		OffsetDateTime afterBoth = OffsetDateTime.now();
		done(as(OPERATOR_CLERK, () -> units.unpack(new UnitUnpack(null, first))));
		OffsetDateTime afterUnpack = OffsetDateTime.now();

		assertThat(parcelsIn(bag, before)).isEmpty();
		assertThat(parcelsIn(bag, afterFirst)).containsExactly(first);
		assertThat(parcelsIn(bag, afterBoth)).containsExactlyInAnyOrder(first, second);
		assertThat(parcelsIn(bag, afterUnpack)).containsExactly(second);
		assertThat(parcelsIn(bag, null)).containsExactly(second);
		assertThat(as(OPERATOR_CLERK, () -> units.contents(pallet.uuid(), afterFirst))).isEmpty();
		assertThat(as(OPERATOR_CLERK, () -> units.contents(pallet.uuid(), afterBoth))).extracting(Containment::sscc)
			.containsExactly(bag.sscc());
		// Each shipper sees the events of its own parcels only.
		assertThat(as(ACME_USER, () -> units.contents(bag.uuid(), afterBoth))).extracting(Containment::parcelId)
			.containsExactly(first);
		assertThat(as(GLOBEX_USER, () -> units.contents(bag.uuid(), afterBoth))).extracting(Containment::parcelId)
			.containsExactly(second);
		// Many parents at one moment, in one statement, answer as each one alone does.
		for (OffsetDateTime at : List.of(before, afterFirst, afterBoth, afterUnpack)) {
			Map<UUID, List<Containment>> together = as(OPERATOR_CLERK,
					() -> units.contentsOf(List.of(bag.uuid(), pallet.uuid()), at));
			assertThat(together.getOrDefault(bag.uuid(), List.of())).as("bag at %s", at)
				.isEqualTo(as(OPERATOR_CLERK, () -> units.contents(bag.uuid(), at)));
			assertThat(together.getOrDefault(pallet.uuid(), List.of())).as("pallet at %s", at)
				.isEqualTo(as(OPERATOR_CLERK, () -> units.contents(pallet.uuid(), at)));
		}
		assertThat(as(OPERATOR_CLERK, () -> units.contentsOf(List.of(bag.uuid(), pallet.uuid()), afterBoth)))
			.containsOnlyKeys(bag.uuid(), pallet.uuid());
		assertThat(as(ACME_USER, () -> units.contentsOf(List.of(bag.uuid(), pallet.uuid()), afterBoth)).get(bag.uuid()))
			.extracting(Containment::parcelId)
			.containsExactly(first);
	}

	List<UUID> parcelsIn(HandlingUnit unit, OffsetDateTime at) throws Exception {
		return as(OPERATOR_CLERK, () -> units.contents(unit.uuid(), at)).stream().map(Containment::parcelId).toList();
	}

	@Test
	void packingRulesRefuseWithTypedErrorsAndChangeNothing() throws Exception {
		UUID parcel = approvedParcel(ACME_USER, "2", "20");
		HandlingUnit bag = unit(UnitKind.BAG);
		HandlingUnit pallet = unit(UnitKind.PALLET);
		assertThat(codes(pack(bag.uuid(), null, pallet.uuid(), null)))
			.containsExactly(ConsolidationErrorCode.NESTING_NOT_ALLOWED);
		assertThat(codes(pack(null, UUID.randomUUID(), null, parcel))).containsExactly(CommonErrorCode.NOT_FOUND);

		// A parcel of a return that is not APPROVED.
		ReturnOrder requested = done(as(ACME_USER, () -> returns.create(new ReturnCreate(UUID.randomUUID().toString(),
				EU_CONSUMER, "CT-" + UUID.randomUUID().toString().substring(0, 8), ReturnReason.DEFECTIVE, null,
				new CustomerContact("Ana", null, null), new Address("Calle 1", null, "Madrid", null, null, "ES"), null,
				List.of(new ReturnCreate.NewItem("X", "x", "630622", "CN", 1, BigDecimal.ONE, "EUR", BigDecimal.ONE,
						null, ItemCondition.NEW, null, null, null, "P1")),
				List.of(new ReturnCreate.NewParcel("P1", BigDecimal.ONE,
						new Dimensions(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN)))))));
		UUID requestedParcel = as(ACME_USER, () -> returns.parcelsOf(List.of(requested.uuid()))).get(requested.uuid())
			.getFirst()
			.uuid();
		assertThat(codes(pack(bag.uuid(), null, null, requestedParcel)))
			.containsExactly(ConsolidationErrorCode.RETURN_NOT_APPROVED);

		// A unit of another program and hub.
		HandlingUnit elsewhere = done(as(OPERATOR_CLERK, () -> units
			.create(new UnitCreate(UUID.randomUUID().toString(), UnitKind.BAG, SAO_PAULO, GLOBAL_RECOVERY))));
		assertThat(codes(pack(elsewhere.uuid(), null, null, parcel)))
			.containsExactly(ConsolidationErrorCode.PROGRAM_MISMATCH);

		// A closed unit takes nothing until reopened.
		done(as(OPERATOR_CLERK, () -> units.seal(new UnitSeal(bag.uuid(), "S-1", null))));
		assertThat(codes(pack(bag.uuid(), null, null, parcel))).containsExactly(ConsolidationErrorCode.UNIT_CLOSED);
		done(as(OPERATOR_CLERK, () -> units.seal(new UnitSeal(bag.uuid(), null, "label torn"))));
		done(pack(bag.uuid(), null, null, parcel));
		assertThat(codes(pack(bag.uuid(), null, null, parcel))).containsExactly(ConsolidationErrorCode.ALREADY_PACKED);

		// Capacity: 2 kg fit 2.5 kg, a second parcel does not.
		Load small = load("2.5", "1");
		done(pack(null, small.uuid(), bag.uuid(), null));
		HandlingUnit other = unit(UnitKind.BAG);
		done(pack(other.uuid(), null, null, approvedParcel(GLOBEX_USER, "1", "10")));
		assertThat(codes(pack(null, small.uuid(), other.uuid(), null)))
			.containsExactly(ConsolidationErrorCode.CAPACITY_EXCEEDED);
		assertThat(as(OPERATOR_CLERK, () -> loads.parcelsOf(List.of(small.uuid()))).get(small.uuid()))
			.extracting(LoadParcel::parcelId)
			.containsExactly(parcel);

		// Shippers and carriers pack nothing.
		assertThat(as(ACME_USER, () -> units.pack(new UnitPack(other.uuid(), null, null, parcel))).errors())
			.extracting(UserError::code)
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
	}

	static List<String> messages(Outcome<?> outcome) {
		return outcome.errors().stream().map(UserError::message).toList();
	}

	static List<List<String>> fields(Outcome<?> outcome) {
		return outcome.errors().stream().map(UserError::field).toList();
	}

	@Test
	void dangerousGoodsThatMayNotTravelTogetherAreRefusedNamingTheRuleAndItsSource() throws Exception {
		// Class 1 travels with nothing else: fireworks into a load that holds a lamp.
		Load load = load("500", "10");
		HandlingUnit lamps = unit(UnitKind.BAG);
		done(pack(lamps.uuid(), null, null, approvedParcel(ACME_USER, "1", "10")));
		done(pack(null, load.uuid(), lamps.uuid(), null));
		HandlingUnit fireworks = unit(UnitKind.BAG);
		done(pack(fireworks.uuid(), null, null, approvedParcel(GLOBEX_USER, "1", "10", "UN0336")));
		Outcome<Placement> refused = pack(null, load.uuid(), fireworks.uuid(), null);
		assertThat(codes(refused)).containsExactly(ConsolidationErrorCode.SEGREGATION_VIOLATED);
		assertThat(messages(refused).getFirst()).startsWith("EXPLOSIVES_ALONE").contains("ADR");
		// On the unit packed, which the adapter puts under input: input.unitId.
		assertThat(fields(refused)).containsExactly(List.of("unitId"));
		assertThat(as(OPERATOR_CLERK, () -> loads.parcelsOf(List.of(load.uuid()))).get(load.uuid())).hasSize(1);

		// Oxidizer 5.1 next to flammable liquid 3, already in one bag outside any load.
		HandlingUnit bag = unit(UnitKind.BAG);
		done(pack(bag.uuid(), null, null, approvedParcel(ACME_USER, "1", "10", "UN1263")));
		UUID oxidizer = approvedParcel(GLOBEX_USER, "1", "10", "UN1479");
		Outcome<Placement> apart = pack(bag.uuid(), null, null, oxidizer);
		assertThat(codes(apart)).containsExactly(ConsolidationErrorCode.SEGREGATION_VIOLATED);
		assertThat(messages(apart).getFirst()).startsWith("OXIDIZER_APART_FROM_FLAMMABLE").contains("IMDG Code 7.2.4");
		assertThat(fields(apart)).containsExactly(List.of("parcelId"));
		// Nothing changed: the oxidizer is in no unit and packs into a bag of its own.
		done(pack(unit(UnitKind.BAG).uuid(), null, null, oxidizer));
	}

	@Test
	void lithiumBatteriesGoOnlyOnLanesThatAcceptThemWithinTheirLimit() throws Exception {
		Load load = load("500", "10");
		HandlingUnit bag = unit(UnitKind.BAG);
		done(pack(bag.uuid(), null, null, approvedParcel(ACME_USER, "1", "10")));
		try {
			done(as(THE_OPERATOR, () -> lanes.update(new LaneUpdate(MAD_RTM_ROAD, null, null, null, false, null))));
			Outcome<Placement> refused = pack(null, load.uuid(), bag.uuid(), null);
			assertThat(codes(refused)).containsExactly(ConsolidationErrorCode.SEGREGATION_VIOLATED);
			assertThat(messages(refused).getFirst()).startsWith("LITHIUM_NOT_ACCEPTED");
			assertThat(fields(refused)).containsExactly(List.of("unitId"));

			// Accepted, but 0.5 kg of batteries is over a limit of 0.4 kg per load.
			done(as(THE_OPERATOR,
					() -> lanes.update(new LaneUpdate(MAD_RTM_ROAD, null, null, null, true, new BigDecimal("0.4")))));
			assertThat(messages(pack(null, load.uuid(), bag.uuid(), null)).getFirst()).startsWith("LITHIUM_OVER_LIMIT");
			assertThat(as(OPERATOR_CLERK, () -> loads.parcelsOf(List.of(load.uuid()))).getOrDefault(load.uuid(),
					List.of()))
				.isEmpty();
		}
		finally {
			done(as(THE_OPERATOR,
					() -> lanes.update(new LaneUpdate(MAD_RTM_ROAD, null, null, null, true, new BigDecimal("100")))));
		}
		done(pack(null, load.uuid(), bag.uuid(), null));
	}

	/** A closed load with one parcel of Acme's and two of Globex's. */
	Load closedSharedLoad() throws Exception {
		HandlingUnit bag = unit(UnitKind.BAG);
		Load load = load("1000", "10");
		done(pack(bag.uuid(), null, null, approvedParcel(ACME_USER, "4", "30")));
		done(pack(bag.uuid(), null, null, approvedParcel(GLOBEX_USER, "5", "30")));
		done(pack(bag.uuid(), null, null, approvedParcel(GLOBEX_USER, "2", "20")));
		done(pack(null, load.uuid(), bag.uuid(), null));
		return done(as(OPERATOR_CLERK,
				() -> loads.transition(new LoadTransition(load.uuid(), 0, LoadStatus.CLOSED, "SEAL-C"))));
	}

	LoadCostRecord invoice(Load load, String amount, String reference) {
		return new LoadCostRecord(load.uuid(), new BigDecimal(amount), "EUR", reference, null, null);
	}

	@Test
	void aLoadsInvoiceIsReconciledAndSplitAndEachShipperReadsOnlyItsOwnLine() throws Exception {
		Load load = closedSharedLoad();
		String reference = "INV-" + UUID.randomUUID().toString().substring(0, 8);

		// Carriers and shippers record nothing; bad input is refused whole, nothing
		// stored.
		assertThat(codes(as(THE_CARRIER, () -> costs.record(invoice(load, "50.00", reference)))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(ACME_USER, () -> costs.record(invoice(load, "50.00", reference)))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(OPERATOR_CLERK,
				() -> costs.record(new LoadCostRecord(load.uuid(), new BigDecimal("50.001"), "EURO", reference, null,
						new BigDecimal("101"))))))
			.containsExactlyInAnyOrder(CommonErrorCode.INVALID_CURRENCY, CommonErrorCode.INVALID,
					CommonErrorCode.OUT_OF_RANGE);
		assertThat(codes(as(OPERATOR_CLERK, () -> costs.record(invoice(load("100", "1"), "50.00", reference)))))
			.containsExactly(ConsolidationErrorCode.LOAD_STILL_PLANNING);
		assertThat(as(OPERATOR_CLERK, () -> costs.statements(load.uuid())).reconciliation()).isNull();

		CostStatements recorded = done(as(OPERATOR_CLERK, () -> costs.record(invoice(load, "50.00", reference))));
		assertThat(recorded.reconciliation()).isNotNull();
		assertThat(recorded.reconciliation().invoiced()).isEqualByComparingTo("50.00");
		assertThat(recorded.reconciliation().difference())
			.isEqualByComparingTo(recorded.reconciliation().invoiced().subtract(recorded.reconciliation().expected()));
		assertThat(recorded.lines()).extracting(CostStatements.Line::shipperId).containsExactlyInAnyOrder(ACME, GLOBEX);
		assertThat(recorded.lines().stream().map(CostStatements.Line::share).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("50.00");
		assertThat(recorded.lines()).allSatisfy((line) -> {
			assertThat(line.share()).isLessThanOrEqualTo(line.standAlonePrice());
			assertThat(line.saving()).isEqualByComparingTo(line.standAlonePrice().subtract(line.share()));
		});
		assertThat(codes(as(OPERATOR_CLERK, () -> costs.record(invoice(load, "50.00", reference + "-2")))))
			.containsExactly(ConsolidationErrorCode.INVOICE_RECORDED);

		// Each shipper its own line only, no reconciliation; the carrier nothing. The
		// service reads by load alone: only row-level security tells the lines apart.
		CostStatements acme = as(ACME_USER, () -> costs.statements(load.uuid()));
		assertThat(acme.reconciliation()).isNull();
		assertThat(acme.lines()).extracting(CostStatements.Line::shipperId).containsExactly(ACME);
		CostStatements globex = as(GLOBEX_USER, () -> costs.statements(load.uuid()));
		assertThat(globex.reconciliation()).isNull();
		assertThat(globex.lines()).extracting(CostStatements.Line::shipperId).containsExactly(GLOBEX);
		CostStatements carrier = as(THE_CARRIER, () -> costs.statements(load.uuid()));
		assertThat(carrier.reconciliation()).isNull();
		assertThat(carrier.lines()).isEmpty();
	}

	@Test
	void anInvoiceFarFromTheRateCardIsFlaggedAndTheShapleyMethodIsApplied() throws Exception {
		Load load = closedSharedLoad();
		CostStatements recorded = done(as(OPERATOR_CLERK,
				() -> costs.record(new LoadCostRecord(load.uuid(), new BigDecimal("0.10"), "EUR",
						"INV-" + UUID.randomUUID().toString().substring(0, 8), AllocationMethod.SHAPLEY,
						BigDecimal.ONE))));
		assertThat(recorded.reconciliation().flagged()).isTrue();
		assertThat(recorded.reconciliation().methodRequested()).isEqualTo(AllocationMethod.SHAPLEY);
		assertThat(recorded.lines()).hasSize(2)
			.allSatisfy((line) -> assertThat(line.methodApplied()).isEqualTo(AllocationMethod.SHAPLEY));
	}

	@Test
	void theProgramsMethodSplitsAnInvoiceThatNamesNoneAndOnlyItsOperatorsAdminSetsIt() throws Exception {
		ProgramCostSharingSet shapley = new ProgramCostSharingSet(EU_CONSUMER, AllocationMethod.SHAPLEY);
		assertThat(codes(as(OPERATOR_CLERK, () -> costs.setProgramMethod(shapley))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(ACME_USER, () -> costs.setProgramMethod(shapley))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(THE_CARRIER, () -> costs.setProgramMethod(shapley))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(THE_OPERATOR,
				() -> costs.setProgramMethod(new ProgramCostSharingSet(UUID.randomUUID(), AllocationMethod.SHAPLEY)))))
			.containsExactly(CommonErrorCode.NOT_FOUND);
		try {
			assertThat(done(as(THE_OPERATOR, () -> costs.setProgramMethod(shapley))))
				.isEqualTo(AllocationMethod.SHAPLEY);
			// The method is read by the service with the program alone: only row-level
			// security keeps it from the carrier.
			assertThat(as(ACME_USER, () -> costs.programMethod(EU_CONSUMER))).contains(AllocationMethod.SHAPLEY);
			assertThat(as(THE_CARRIER, () -> costs.programMethod(EU_CONSUMER))).isEmpty();

			CostStatements byProgram = done(
					as(OPERATOR_CLERK, () -> costs.record(invoice(closedSharedLoad(), "50.00", reference()))));
			assertThat(byProgram.reconciliation().methodRequested()).isEqualTo(AllocationMethod.SHAPLEY);
			assertThat(byProgram.lines())
				.allSatisfy((line) -> assertThat(line.methodApplied()).isEqualTo(AllocationMethod.SHAPLEY));

			Load overridden = closedSharedLoad();
			CostStatements byInput = done(as(OPERATOR_CLERK, () -> costs.record(new LoadCostRecord(overridden.uuid(),
					new BigDecimal("50.00"), "EUR", reference(), AllocationMethod.DEFAULT, null))));
			assertThat(byInput.reconciliation().methodRequested()).isEqualTo(AllocationMethod.DEFAULT);
		}
		finally {
			// Other tests record invoices in this program and expect DEFAULT.
			done(as(THE_OPERATOR,
					() -> costs.setProgramMethod(new ProgramCostSharingSet(EU_CONSUMER, AllocationMethod.DEFAULT))));
		}
	}

	@Test
	void anotherOrganizationNeitherReadsNorWritesAProgramsMethod() throws Exception {
		done(as(THE_OPERATOR,
				() -> costs.setProgramMethod(new ProgramCostSharingSet(EU_CONSUMER, AllocationMethod.DEFAULT))));
		String rows = "select count(*) from program_cost_sharing where program_id = '" + EU_CONSUMER + "'";
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c, rows)).as("positive control: the owner sees its row").isOne();
			c.rollback();
			bind(c, ACME, "SHIPPER");
			assertThat(count(c, rows)).as("a member shipper reads it").isOne();
			assertThat(c.createStatement()
				.executeUpdate(
						"update program_cost_sharing set method = 'SHAPLEY' where program_id = '" + EU_CONSUMER + "'"))
				.isZero();
			c.rollback();
			bind(c, CARRIER, "CARRIER");
			assertThat(count(c, rows)).isZero();
			c.rollback();
			UUID stranger = UUID.randomUUID();
			bind(c, stranger, "OPERATOR");
			assertThat(count(c, rows)).isZero();
			org.assertj.core.api.Assertions.assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> c.createStatement()
					.executeUpdate("insert into program_cost_sharing (operator_id, program_id, method, updated_by,"
							+ " updated_at) values ('" + OPERATOR + "', '" + EU_CONSUMER + "', 'SHAPLEY', 'x', now())"
							+ " on conflict do nothing"))
				.withMessageContaining("row-level security");
			c.rollback();
		}
		assertThat(as(THE_OPERATOR, () -> costs.programMethod(EU_CONSUMER))).contains(AllocationMethod.DEFAULT);
	}

	static String reference() {
		return "INV-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theLoadPlanProposesTheOpenParcelsApartWhereTheyMustBeAndIsStoredForTheOperatorOnly() throws Exception {
		UUID flammable = approvedParcel(ACME_USER, "3", "20", "UN1263");
		UUID oxidizer = approvedParcel(GLOBEX_USER, "2", "20", "UN1479");
		OffsetDateTime now = OffsetDateTime.now();
		// By the hub alone: EU-CONSUMER's one consolidated lane from Madrid is the road
		// lane (its courier lane, MAD-RTM-PARCEL, carries no loads).
		LoadPlanRequest request = new LoadPlanRequest(MADRID, EU_CONSUMER, null, 2, new BigDecimal("500"),
				new BigDecimal("5"), now.plusDays(1), now.plusDays(2), 50);
		assertThat(codes(as(ACME_USER, () -> plans.plan(request)))).containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(THE_CARRIER, () -> plans.plan(request)))).containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(OPERATOR_CLERK,
				() -> plans.plan(new LoadPlanRequest(SAO_PAULO, EU_CONSUMER, null, 0, BigDecimal.ZERO, BigDecimal.ONE,
						now.plusDays(2), now.plusDays(1), 101)))))
			.hasSize(4)
			.containsOnly(CommonErrorCode.OUT_OF_RANGE);

		StoredProposal stored = done(as(OPERATOR_CLERK, () -> plans.plan(request)));
		assertThat(stored.lane().uuid()).isEqualTo(MAD_RTM_ROAD);
		PlanProposal proposal = stored.proposal();
		java.util.Map<UUID, PlanProposal.LoadRef> where = new java.util.HashMap<>();
		proposal.assignments().forEach((a) -> where.put(a.parcelId(), a.load()));
		assertThat(where).containsKeys(flammable, oxidizer);
		assertThat(where.get(flammable)).as("5.1 apart from 3").isNotEqualTo(where.get(oxidizer));
		assertThat(proposal.loadsUsed()).isGreaterThanOrEqualTo(proposal.lowerBound());
		assertThat(proposal.loads()).allSatisfy((fill) -> {
			assertThat(fill.kgPercent()).isLessThanOrEqualTo(new BigDecimal("100"));
			assertThat(fill.m3Percent()).isLessThanOrEqualTo(new BigDecimal("100"));
		});

		// Stored under the operator's row-level security: no shipper or carrier reads it.
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			String sql = "select count(*) from load_plan_proposal where id = '" + stored.id() + "'";
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c, sql)).isEqualTo(1);
			assertThat(count(c, "select count(*) from load_plan_proposal where id = '" + stored.id()
					+ "' and lane_id = '" + MAD_RTM_ROAD + "'"))
				.isEqualTo(1);
			bind(c, ACME, "SHIPPER");
			assertThat(count(c, sql)).isZero();
			bind(c, CARRIER, "CARRIER");
			assertThat(count(c, sql)).isZero();
			bind(c, UUID.randomUUID(), "OPERATOR");
			assertThat(count(c, sql)).as("another operator").isZero();
			c.rollback();
		}
	}

	@Test
	void anAcceptedPlanIsCheckedAndAStaleOneRefusedWithNothingChanged() throws Exception {
		UUID flammable = approvedParcel(ACME_USER, "3", "20", "UN1263");
		UUID oxidizer = approvedParcel(GLOBEX_USER, "2", "20", "UN1479");
		OffsetDateTime now = OffsetDateTime.now();
		// The lane named, although it is the only one: a named lane that is one of them
		// is taken.
		LoadPlanRequest request = new LoadPlanRequest(MADRID, EU_CONSUMER, MAD_RTM_ROAD, 2, new BigDecimal("500"),
				new BigDecimal("5"), now.plusDays(1), now.plusDays(2), 50);
		StoredProposal stored = done(as(OPERATOR_CLERK, () -> plans.plan(request)));
		assertThat(stored.lane().uuid()).isEqualTo(MAD_RTM_ROAD);
		PlanProposal.LoadRef flammables = stored.proposal()
			.assignments()
			.stream()
			.filter((a) -> a.parcelId().equals(flammable))
			.findFirst()
			.orElseThrow()
			.load();
		assertThat(codes(as(ACME_USER, () -> plans.accept(new LoadPlanAccept(stored.id(), List.of())))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(OPERATOR_CLERK, () -> plans.accept(new LoadPlanAccept(UUID.randomUUID(), List.of())))))
			.containsExactly(CommonErrorCode.NOT_FOUND);

		// The oxidizer moved in with the flammable liquid: refused, one error per
		// violation.
		Outcome<List<Load>> violated = as(OPERATOR_CLERK,
				() -> plans.accept(new LoadPlanAccept(stored.id(), List.of(new LoadPlanAccept.Move(oxidizer,
						flammables.loadId(), flammables.isNew() ? flammables.newLoad() : null)))));
		assertThat(codes(violated)).containsOnly(ConsolidationErrorCode.PLAN_VIOLATED);
		assertThat(messages(violated)).anySatisfy((m) -> assertThat(m).startsWith("SEGREGATION"));
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c,
					"select count(*) from unit_parcel where parcel_id in ('" + flammable + "', '" + oxidizer + "')"))
				.isZero();
			c.rollback();
		}

		// A new open parcel since the proposal: it is stale.
		approvedParcel(ACME_USER, "1", "10", "UN1263");
		assertThat(codes(as(OPERATOR_CLERK, () -> plans.accept(new LoadPlanAccept(stored.id(), List.of())))))
			.containsExactly(ConsolidationErrorCode.PLAN_STALE);
	}

	@Test
	void theLoadPlanTakesTheProgramsOneLaneFromTheHubAndIsRefusedWithNothingStoredOtherwise() throws Exception {
		long before = proposals();

		// EU-CONSUMER has no lane from São Paulo, nor from Rotterdam (a destination).
		assertThat(as(OPERATOR_CLERK, () -> plans.plan(planAt(SAO_PAULO, EU_CONSUMER, null))).errors())
			.containsExactly(UserError.of("hubId", ConsolidationErrorCode.NO_LANE_FROM_HUB,
					"The program has no consolidated lane from this hub"));
		assertThat(codes(as(OPERATOR_CLERK, () -> plans.plan(planAt(ROTTERDAM, EU_CONSUMER, MAD_RTM_ROAD)))))
			.containsExactly(ConsolidationErrorCode.NO_LANE_FROM_HUB);
		// GLOBAL-RECOVERY leaves São Paulo by sea and by air: the caller names one.
		assertThat(as(OPERATOR_CLERK, () -> plans.plan(planAt(SAO_PAULO, GLOBAL_RECOVERY, null))).errors())
			.containsExactly(UserError.of("laneId", ConsolidationErrorCode.LANE_AMBIGUOUS,
					"The program has several lanes from this hub, name one: GRU-RTM-AIR, GRU-RTM-SEA"));
		// A lane of another program and hub, and the program's courier lane: not one of
		// its consolidated lanes from the hub. An unknown lane: not found.
		for (UUID lane : List.of(GRU_RTM_SEA, MAD_RTM_PARCEL)) {
			assertThat(as(OPERATOR_CLERK, () -> plans.plan(planAt(MADRID, EU_CONSUMER, lane))).errors()).as("%s", lane)
				.containsExactly(UserError.of("laneId", ConsolidationErrorCode.LANE_NOT_IN_PROGRAM,
						"Not one of the program's lanes from this hub: MAD-RTM-ROAD"));
		}
		assertThat(as(OPERATOR_CLERK, () -> plans.plan(planAt(MADRID, EU_CONSUMER, UUID.randomUUID()))).errors())
			.containsExactly(UserError.of("laneId", CommonErrorCode.NOT_FOUND, "No such lane"));

		// An unknown hub and program, and the same ids of the demo operator named by
		// another operator: both answer alike.
		List<UserError> unknown = as(OPERATOR_CLERK,
				() -> plans.plan(planAt(UUID.randomUUID(), UUID.randomUUID(), null)))
			.errors();
		assertThat(unknown).containsExactly(UserError.of("hubId", CommonErrorCode.NOT_FOUND, "No such hub"),
				UserError.of("programId", CommonErrorCode.NOT_FOUND, "No such program"));
		assertThat(as(OPERATOR_CLERK, () -> plans.plan(planAt(UUID.randomUUID(), EU_CONSUMER, null))).errors())
			.containsExactly(UserError.of("hubId", CommonErrorCode.NOT_FOUND, "No such hub"));
		Tenant elsewhere = new Tenant(UUID.randomUUID(), OrganizationKind.OPERATOR, "test-elsewhere", "elsewhere",
				Set.of(Tenant.ADMIN_ROLE));
		assertThat(as(elsewhere, () -> plans.plan(planAt(MADRID, EU_CONSUMER, MAD_RTM_ROAD))).errors())
			.isEqualTo(unknown)
			.isEqualTo(as(elsewhere, () -> plans.plan(planAt(UUID.randomUUID(), UUID.randomUUID(), null))).errors());
		// Shippers and carriers never plan, whatever they name.
		for (Tenant tenant : List.of(ACME_USER, GLOBEX_USER, THE_CARRIER)) {
			assertThat(codes(as(tenant, () -> plans.plan(planAt(MADRID, EU_CONSUMER, null)))))
				.containsExactly(CommonErrorCode.NOT_PERMITTED);
		}
		assertThat(proposals()).as("nothing stored").isEqualTo(before);
	}

	/** A plan at the hub for the program, on the lane named (or none). */
	static LoadPlanRequest planAt(UUID hub, UUID program, @Nullable UUID lane) {
		OffsetDateTime now = OffsetDateTime.now();
		return new LoadPlanRequest(hub, program, lane, 1, new BigDecimal("500"), new BigDecimal("5"), now.plusDays(1),
				now.plusDays(2), 5);
	}

	/** Every stored proposal of every operator, read with row-level security off. */
	static long proposals() throws SQLException {
		return RlsProbe.countWithRowLevelSecurityOff(List.of("load_plan_proposal"), OPERATOR, "OPERATOR",
				"load_plan_proposal");
	}

	@Test
	void anAcceptedPlanCreatesItsLoadsPacksEachParcelAsProposedAndCannotBeAcceptedTwice() throws Exception {
		// A program of its own, so the plan holds this test's parcels only.
		UUID program = ScratchPrograms.open();
		try {
			try (Connection operator = RlsProbe.owner(OPERATOR, "OPERATOR")) {
				RlsProbe.update(operator, "insert into program_lane (operator_id, program_id, lane_id) values ('"
						+ OPERATOR + "', '" + program + "', '" + MAD_RTM_ROAD + "')");
				operator.commit();
			}
			try (Connection acme = RlsProbe.owner(ACME, "SHIPPER")) {
				RlsProbe.update(acme,
						"insert into program_membership (shipper_id, id, operator_id, program_id, status,"
								+ " joined_at, version) values ('" + ACME + "', '" + UUID.randomUUID() + "', '"
								+ OPERATOR + "', '" + program + "', 'ACTIVE', now(), 0)");
				acme.commit();
			}
			UUID flammable = approvedParcel(program, ACME_USER, "3", "20", "UN1263");
			UUID oxidizer = approvedParcel(program, ACME_USER, "2", "20", "UN1479");
			UUID lamp = approvedParcel(program, ACME_USER, "1", "10", "UN3481");
			OffsetDateTime now = OffsetDateTime.now();
			StoredProposal stored = done(as(OPERATOR_CLERK, () -> plans.plan(new LoadPlanRequest(MADRID, program, null,
					3, new BigDecimal("500"), new BigDecimal("5"), now.plusDays(1), now.plusDays(2), 10))));
			java.util.Map<UUID, PlanProposal.LoadRef> proposed = new java.util.HashMap<>();
			stored.proposal().assignments().forEach((a) -> proposed.put(a.parcelId(), a.load()));
			assertThat(proposed).containsOnlyKeys(flammable, oxidizer, lamp);
			assertThat(proposed.values()).allSatisfy((ref) -> assertThat(ref.isNew()).isTrue());

			List<Load> accepted = done(
					as(OPERATOR_CLERK, () -> plans.accept(new LoadPlanAccept(stored.id(), List.of()))));
			assertThat(accepted).hasSize((int) proposed.values().stream().distinct().count()).allSatisfy((load) -> {
				assertThat(load.programId()).isEqualTo(program);
				assertThat(load.laneId()).isEqualTo(MAD_RTM_ROAD);
				assertThat(load.status()).isEqualTo(LoadStatus.PLANNING);
			});
			List<UUID> loadIds = accepted.stream().map(Load::uuid).toList();
			java.util.Map<UUID, UUID> packedIn = new java.util.HashMap<>();
			as(OPERATOR_CLERK, () -> loads.parcelsOf(loadIds))
				.forEach((loadId, parcels) -> parcels.forEach((parcel) -> packedIn.put(parcel.parcelId(), loadId)));
			assertThat(packedIn).containsOnlyKeys(flammable, oxidizer, lamp);
			// Packed as proposed: parcels share a load exactly when the proposal put them
			// in the same one.
			for (UUID a : proposed.keySet()) {
				for (UUID b : proposed.keySet()) {
					assertThat(packedIn.get(a).equals(packedIn.get(b))).as(a + " with " + b)
						.isEqualTo(proposed.get(a).equals(proposed.get(b)));
				}
			}
			assertThat(packedIn.get(flammable)).isNotEqualTo(packedIn.get(oxidizer));

			assertThat(codes(as(OPERATOR_CLERK, () -> plans.accept(new LoadPlanAccept(stored.id(), List.of())))))
				.containsExactly(ConsolidationErrorCode.PLAN_STALE);
			assertThat(as(OPERATOR_CLERK, () -> loads.parcelsOf(loadIds)).values().stream().mapToInt(List::size).sum())
				.isEqualTo(3);
		}
		finally {
			removeScratch(program);
		}
	}

	/**
	 * Removes what a test created in a scratch program, then the program: the demo's
	 * counts of programs stay as they were for the tests that read them.
	 */
	static void removeScratch(UUID program) throws SQLException {
		String loadsOf = "(select id from load where program_id = '" + program + "')";
		String unitsOf = "(select id from handling_unit where program_id = '" + program + "')";
		String returnsOf = "(select id from return_order where program_id = '" + program + "')";
		List<String> tables = List.of("aggregation_event", "unit_parcel", "load_shipper", "handling_unit", "load",
				"load_plan_proposal", "return_private", "return_order", "program_lane", "program_cost_sharing");
		try (Connection owner = RlsProbe.owner(OPERATOR, "OPERATOR")) {
			for (String table : tables) {
				RlsProbe.update(owner, "alter table " + table + " disable row level security");
			}
			RlsProbe.update(owner, "delete from aggregation_event where parent_unit_id in " + unitsOf
					+ " or child_unit_id in " + unitsOf + " or parent_load_id in " + loadsOf);
			RlsProbe.update(owner, "delete from unit_parcel where return_id in " + returnsOf);
			RlsProbe.update(owner, "delete from load_shipper where load_id in " + loadsOf);
			RlsProbe.update(owner, "delete from handling_unit where program_id = '" + program + "'");
			RlsProbe.update(owner, "delete from load where program_id = '" + program + "'");
			RlsProbe.update(owner, "delete from load_plan_proposal where program_id = '" + program + "'");
			RlsProbe.update(owner, "delete from return_private where return_id in " + returnsOf);
			RlsProbe.update(owner, "delete from return_order where program_id = '" + program + "'");
			RlsProbe.update(owner, "delete from program_lane where program_id = '" + program + "'");
			RlsProbe.update(owner, "delete from program_cost_sharing where program_id = '" + program + "'");
			for (String table : tables) {
				RlsProbe.update(owner, "alter table " + table + " enable row level security");
			}
			owner.commit();
		}
		ScratchPrograms.remove(program);
	}

	@Test
	void ofTwoConcurrentRecordingsOfOneLoadsInvoiceOneRecordsAndTheOtherIsRefused() throws Exception {
		Load load = closedSharedLoad();
		List<Outcome<CostStatements>> outcomes = concurrently(2,
				() -> as(OPERATOR_CLERK, () -> costs.record(invoice(load, "50.00", reference()))));
		assertThat(outcomes).filteredOn((outcome) -> outcome.errors().isEmpty()).hasSize(1);
		assertThat(outcomes).filteredOn((outcome) -> !outcome.errors().isEmpty())
			.singleElement()
			.satisfies(
					(outcome) -> assertThat(codes(outcome)).containsExactly(ConsolidationErrorCode.INVOICE_RECORDED));
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c, "select count(*) from load_invoice where load_id = '" + load.uuid() + "'")).isOne();
			assertThat(count(c, "select count(*) from cost_statement_line where load_id = '" + load.uuid() + "'"))
				.isEqualTo(2);
			c.rollback();
		}
	}

	@Test
	void ofTwoConcurrentRecordingsOfTwoLoadsWithOneInvoiceReferenceOneRecordsAndTheOtherIsRefusedOnTheReference()
			throws Exception {
		record Recorded(Load load, Outcome<CostStatements> outcome) {
		}
		List<Load> both = List.of(closedSharedLoad(), closedSharedLoad());
		String reference = reference();
		AtomicInteger next = new AtomicInteger();
		List<Recorded> recorded = concurrently(2, () -> {
			Load load = both.get(next.getAndIncrement());
			return new Recorded(load, as(OPERATOR_CLERK, () -> costs.record(invoice(load, "50.00", reference))));
		});
		List<Recorded> done = recorded.stream().filter((r) -> r.outcome().errors().isEmpty()).toList();
		assertThat(done).hasSize(1);
		Recorded winner = done.getFirst();
		Recorded loser = recorded.stream().filter((r) -> r != winner).findFirst().orElseThrow();
		assertThat(loser.outcome().errors()).singleElement().satisfies((error) -> {
			assertThat(error.code()).isEqualTo(CommonErrorCode.TAKEN);
			assertThat(error.field()).containsExactly("invoiceReference");
		});
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c, "select count(*) from load_invoice where invoice_reference = '" + reference
					+ "' and load_id = '" + winner.load().uuid() + "'"))
				.isOne();
			// The loser stored nothing: no invoice, no statement line.
			assertThat(count(c, "select count(*) from load_invoice where load_id = '" + loser.load().uuid() + "'"))
				.isZero();
			assertThat(
					count(c, "select count(*) from cost_statement_line where load_id = '" + loser.load().uuid() + "'"))
				.isZero();
			c.rollback();
		}
		// Nothing changed for the loser's load: its invoice records under its own
		// reference.
		done(as(OPERATOR_CLERK, () -> costs.record(invoice(loser.load(), "50.00", reference()))));
	}

	@Test
	void ofKConcurrentChangesAtOneVersionExactlyOneWins() throws Exception {
		Load load = load("1000", "10");
		int k = 6;
		List<Outcome<Load>> outcomes = concurrently(k, () -> as(OPERATOR_CLERK,
				() -> loads.transition(new LoadTransition(load.uuid(), load.version(), LoadStatus.CLOSED, "SEAL-1"))));
		assertThat(outcomes.stream().filter((o) -> o.errors().isEmpty())).hasSize(1);
		assertThat(outcomes.stream().filter((o) -> !o.errors().isEmpty())).hasSize(k - 1)
			.allSatisfy((o) -> assertThat(codes(o)).containsExactly(CommonErrorCode.CONFLICT));
		Load closed = as(OPERATOR_CLERK, () -> loads.byId(load.uuid())).orElseThrow();
		assertThat(closed.status()).isEqualTo(LoadStatus.CLOSED);
		assertThat(closed.version()).isEqualTo(load.version() + 1);
	}

	@Test
	void illegalTransitionsAndTheWrongMoverAreRefused() throws Exception {
		Load load = load("1000", "10");
		assertThat(codes(as(OPERATOR_CLERK,
				() -> loads.transition(new LoadTransition(load.uuid(), 0, LoadStatus.DISPATCHED, null)))))
			.containsExactly(ConsolidationErrorCode.ILLEGAL_LOAD_TRANSITION);
		assertThat(codes(
				as(OPERATOR_CLERK, () -> loads.transition(new LoadTransition(load.uuid(), 7, LoadStatus.CLOSED, "S")))))
			.containsExactly(CommonErrorCode.CONFLICT);
		done(as(OPERATOR_CLERK, () -> loads.transition(new LoadTransition(load.uuid(), 0, LoadStatus.CLOSED, "S"))));
		done(as(OPERATOR_CLERK,
				() -> loads.transition(new LoadTransition(load.uuid(), 1, LoadStatus.DISPATCHED, null))));
		assertThat(codes(as(OPERATOR_CLERK,
				() -> loads.transition(new LoadTransition(load.uuid(), 2, LoadStatus.IN_TRANSIT, null)))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(GLOBEX_USER,
				() -> loads.transition(new LoadTransition(load.uuid(), 2, LoadStatus.IN_TRANSIT, null)))))
			.as("a shipper with nothing in the load does not see it")
			.containsExactly(CommonErrorCode.NOT_FOUND);
		done(as(THE_CARRIER, () -> loads.transition(new LoadTransition(load.uuid(), 2, LoadStatus.IN_TRANSIT, null))));
		assertThat(as(OPERATOR_CLERK, () -> loads.byId(load.uuid())).orElseThrow().status())
			.isEqualTo(LoadStatus.IN_TRANSIT);
	}

	/**
	 * One load with a parcel of Acme and one of Globex, dispatched, arrived with a wrong
	 * seal and received with a damaged parcel, a missing one and an unexpected one: each
	 * reader sees its own share through the module and in the raw tables.
	 */
	@Test
	void aSharedLoadFromPlanningToReceiptShowsEachReaderItsOwnShare() throws Exception {
		UUID acmeParcel = approvedParcel(ACME_USER, "4", "30");
		UUID globexParcel = approvedParcel(GLOBEX_USER, "5", "30");
		HandlingUnit bag = unit(UnitKind.BAG);
		HandlingUnit pallet = unit(UnitKind.PALLET);
		Load load = load("1000", "10");
		done(pack(bag.uuid(), null, null, acmeParcel));
		done(pack(pallet.uuid(), null, bag.uuid(), null));
		done(pack(null, load.uuid(), pallet.uuid(), null));
		done(pack(pallet.uuid(), null, null, globexParcel));
		assertThat(advanceNotices(ACME_USER)).doesNotContain(load.uuid());
		done(as(OPERATOR_CLERK,
				() -> loads.transition(new LoadTransition(load.uuid(), 0, LoadStatus.CLOSED, "SEAL-7"))));
		done(as(OPERATOR_CLERK,
				() -> loads.transition(new LoadTransition(load.uuid(), 1, LoadStatus.DISPATCHED, null))));
		assertThat(advanceNotices(ACME_USER)).contains(load.uuid());
		assertThat(advanceNotices(GLOBEX_USER)).contains(load.uuid());
		done(as(THE_CARRIER, () -> loads.transition(new LoadTransition(load.uuid(), 2, LoadStatus.IN_TRANSIT, null))));
		done(as(THE_CARRIER, () -> loads.transition(new LoadTransition(load.uuid(), 3, LoadStatus.ARRIVED, null))));
		assertThat(codes(as(THE_CARRIER,
				() -> loads.receive(new LoadReceive(load.uuid(), 4, "SEAL-7", false, List.of(), List.of())))))
			.containsExactly(CommonErrorCode.NOT_PERMITTED);
		assertThat(codes(as(OPERATOR_CLERK,
				() -> loads.receive(new LoadReceive(load.uuid(), 4, "SEAL-7", false,
						List.of(new LoadReceive.Line(UUID.randomUUID(), ReceiptOutcome.RECEIVED, null, List.of())),
						List.of())))))
			.containsExactly(ConsolidationErrorCode.NOT_ON_MANIFEST);
		Load received = done(as(OPERATOR_CLERK,
				() -> loads.receive(new LoadReceive(load.uuid(), 4, "SEAL-8", false,
						List.of(new LoadReceive.Line(acmeParcel, ReceiptOutcome.DAMAGED, "corner crushed",
								List.of("photo-1.jpg"))),
						List.of(new LoadReceive.Unexpected("NO-LABEL-1", "no label", List.of()))))));
		assertThat(received.status()).isEqualTo(LoadStatus.RECEIVED);
		assertThat(received.sealException()).isEqualTo(SealException.SEAL_MISMATCH);

		assertThat(receipt(OPERATOR_CLERK, load)).extracting(ReceiptLine::outcome)
			.containsExactlyInAnyOrder(ReceiptOutcome.DAMAGED, ReceiptOutcome.MISSING, ReceiptOutcome.UNEXPECTED);
		assertThat(receipt(ACME_USER, load)).extracting(ReceiptLine::parcelId, ReceiptLine::outcome)
			.containsExactly(org.assertj.core.api.Assertions.tuple(acmeParcel, ReceiptOutcome.DAMAGED));
		assertThat(receipt(GLOBEX_USER, load)).extracting(ReceiptLine::parcelId, ReceiptLine::outcome)
			.containsExactly(org.assertj.core.api.Assertions.tuple(globexParcel, ReceiptOutcome.MISSING));
		assertThat(receipt(THE_CARRIER, load)).isEmpty();

		// Through the module: the manifest as each reader sees it.
		assertThat(manifest(OPERATOR_CLERK, load)).extracting(LoadParcel::parcelId)
			.containsExactlyInAnyOrder(acmeParcel, globexParcel);
		assertThat(manifest(ACME_USER, load)).extracting(LoadParcel::parcelId).containsExactly(acmeParcel);
		assertThat(manifest(ACME_USER, load)).extracting(LoadParcel::unitSscc).containsOnlyNulls();
		assertThat(manifest(THE_CARRIER, load)).extracting(LoadParcel::parcelId)
			.containsExactlyInAnyOrder(acmeParcel, globexParcel);
		assertThat(manifest(THE_CARRIER, load)).as("the carrier reads no shipper's reference")
			.extracting(LoadParcel::reference)
			.containsOnlyNulls();
		assertThat(manifest(THE_CARRIER, load)).extracting(LoadParcel::unitSscc).doesNotContainNull();
		assertThat(as(THE_CARRIER, () -> loads.unitsOf(List.of(load.uuid()))).get(load.uuid()))
			.extracting(HandlingUnit::sscc)
			.containsExactlyInAnyOrder(bag.sscc(), pallet.sscc());
		assertThat(as(ACME_USER, () -> loads.unitsOf(List.of(load.uuid())))).isEmpty();

		// In the raw tables, as the application role with no predicate of the
		// application: only the policies decide.
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			String loadId = "'" + load.uuid() + "'";
			bind(c, ACME, "SHIPPER");
			assertThat(count(c, "select count(*) from load where id = " + loadId)).isEqualTo(1);
			assertThat(count(c, "select count(*) from unit_parcel where shipper_id <> '" + ACME + "'")).isZero();
			assertThat(count(c, "select count(*) from unit_parcel where load_id = " + loadId)).isEqualTo(1);
			assertThat(count(c, "select count(*) from handling_unit")).isZero();
			assertThat(
					count(c, "select count(*) from aggregation_event where shipper_id is distinct from '" + ACME + "'"))
				.isZero();
			assertThat(count(c, "select count(*) from receipt_line where load_id = " + loadId)).isEqualTo(1);
			c.rollback();
			bind(c, CARRIER, "CARRIER");
			assertThat(count(c, "select count(*) from unit_parcel where load_id = " + loadId)).isEqualTo(2);
			assertThat(count(c, "select count(*) from unit_parcel where carrier_id is distinct from '" + CARRIER + "'"))
				.isZero();
			assertThat(count(c, "select count(*) from handling_unit where load_id = " + loadId)).isEqualTo(2);
			assertThat(count(c, "select count(*) from receipt_line")).isZero();
			assertThat(count(c, "select count(*) from consolidation_settings")).isZero();
			c.rollback();
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c, "select count(*) from unit_parcel where load_id = " + loadId)).isEqualTo(2);
			assertThat(count(c, "select count(*) from receipt_line where load_id = " + loadId)).isEqualTo(3);
			c.rollback();
			// Another shipper of the platform with nothing in the load sees none of it.
			bind(c, UUID.randomUUID(), "SHIPPER");
			assertThat(count(c, "select count(*) from load where id = " + loadId)).isZero();
			c.rollback();
		}
	}

	@Test
	void theDatabaseRefusesRowsThatLieAboutTheirTenants() throws Exception {
		HandlingUnit bag = unit(UnitKind.BAG);
		try (Connection c = applicationRole()) {
			c.setAutoCommit(false);
			bind(c, GLOBEX, "SHIPPER");
			assertThat(c.createStatement()
				.executeUpdate("update handling_unit set seal_number = 'X' where id = '" + bag.uuid() + "'")).isZero();
			c.rollback();
			bind(c, CARRIER, "CARRIER");
			org.assertj.core.api.Assertions.assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> c.createStatement()
					.executeUpdate(
							"insert into aggregation_event (operator_id, id, occurred_at, action, parent_unit_id,"
									+ " child_unit_id, recorded_by) values ('" + OPERATOR + "', '" + UUID.randomUUID()
									+ "', now(), 'ADD', '" + bag.uuid() + "', '" + bag.uuid() + "', 'x')"))
				.withMessageContaining("row-level security");
			c.rollback();
		}
	}

	List<UUID> advanceNotices(Tenant shipper) throws Exception {
		return as(shipper, () -> loads.advanceNotices()).stream().map(Load::uuid).toList();
	}

	List<ReceiptLine> receipt(Tenant reader, Load load) throws Exception {
		return as(reader, () -> loads.receiptsOf(List.of(load.uuid()))).getOrDefault(load.uuid(), List.of());
	}

	List<LoadParcel> manifest(Tenant reader, Load load) throws Exception {
		return as(reader, () -> loads.parcelsOf(List.of(load.uuid()))).getOrDefault(load.uuid(), List.of());
	}

	static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return work.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	static Connection applicationRole() throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.appUser(), postgres.appPassword());
		try (ResultSet rs = c.createStatement()
			.executeQuery("select rolbypassrls or rolsuper from pg_roles where rolname = current_user")) {
			rs.next();
			assertThat(rs.getBoolean(1)).as("the application role cannot bypass RLS").isFalse();
		}
		return c;
	}

	static void bind(Connection c, UUID org, String kind) throws SQLException {
		try (PreparedStatement statement = c
			.prepareStatement("select set_config('app.org_id', ?, true), set_config('app.org_kind', ?, true)")) {
			statement.setString(1, org.toString());
			statement.setString(2, kind);
			statement.execute();
		}
	}

	static long count(Connection c, String sql) throws SQLException {
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
