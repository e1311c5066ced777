package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import io.homeward.platform.consolidation.PlanProposal.Assignment;
import io.homeward.platform.consolidation.PlanProposal.LoadRef;
import io.homeward.platform.consolidation.PlanProposal.PlanSolver;
import io.homeward.platform.consolidation.PlanProposal.PlanStatus;
import io.homeward.platform.consolidation.PlanProposal.Unplanned;
import io.homeward.platform.consolidation.PlanProposal.UnplannedReason;
import io.homeward.platform.shared.UnNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's properties over seeded random inputs, each proposal checked here from the
 * input alone (kilograms, cubic metres and instants, never the solvers' integers), and
 * hand-made cases for each rule. Seeded JUnit parameters, a failure naming its seed and
 * input ({@link SeededTries}, ADR 0010).
 */
class LoadPlannerTests {

	static final LoadPlanner planner = new LoadPlanner(Segregation.standard(), Duration.ofSeconds(1));

	static final Segregation segregation = Segregation.standard();

	static LongStream solverSeeds() {
		return LongStream.range(1, 31);
	}

	static LongStream baselineSeeds() {
		return LongStream.range(1000, 1400);
	}

	@ParameterizedTest
	@MethodSource("solverSeeds")
	void thePlannerNeverBreaksCapacityCutOffOrSegregation(long seed) {
		LoadPlanInput input = PlanningInputs.small(seed);
		SeededTries.check(seed, input, () -> {
			PlanProposal proposal = planner.plan(input);
			assertKeepsEveryRule(input, proposal);
			// On a busy machine CP-SAT may answer nothing within its limit; then the
			// fallback says so.
			assertThat(proposal.solver() == PlanSolver.CP_SAT).isEqualTo(proposal.status() != PlanStatus.FALLBACK);
			assertThat(proposal.fallbackReason() == null).isEqualTo(proposal.status() != PlanStatus.FALLBACK);
		});
	}

	@ParameterizedTest
	@MethodSource("baselineSeeds")
	void firstFitDecreasingNeverBreaksCapacityCutOffOrSegregation(long seed) {
		LoadPlanInput input = PlanningInputs.small(seed);
		SeededTries.check(seed, input, () -> {
			PlanProposal proposal = planner.firstFitDecreasing(input);
			assertKeepsEveryRule(input, proposal);
			assertThat(proposal.solver()).isEqualTo(PlanSolver.FIRST_FIT_DECREASING);
		});
	}

	@ParameterizedTest
	@MethodSource("solverSeeds")
	void theSolverPlansAtLeastAsMuchAsFirstFitDecreasingInNoMoreLoads(long seed) {
		LoadPlanInput input = PlanningInputs.small(seed);
		SeededTries.check(seed, input, () -> {
			PlanProposal proposal = planner.plan(input);
			PlanProposal.Summary baseline = proposal.baseline();
			assertThat(proposal.unplanned()).hasSizeLessThanOrEqualTo(baseline.unplanned());
			if (proposal.unplanned().size() == baseline.unplanned()) {
				assertThat(proposal.loadsUsed()).isLessThanOrEqualTo(baseline.loadsUsed());
			}
		});
	}

	/**
	 * A fixed set where first-fit decreasing is known to waste a load: 70, 60, 20, 15, 15
	 * and 15 kg (195 kg) into loads of 100 kg. FFD: 70 and 60 open a load each, 20 joins
	 * the 70 (90), 15 and 15 join the 60 (90), and the last 15 fits neither: 3 loads.
	 * 70+15+15 and 60+20+15 make 2, the bound ceil(195 / 100); the fuller goes first.
	 */
	@Test
	void onAFixedSetTheSolverUsesFewerLoadsThanFirstFitDecreasing() {
		List<PlanParcel> parcels = new ArrayList<>();
		for (String kg : List.of("70", "60", "20", "15", "15", "15")) {
			parcels.add(parcel(kg, "0.01", DangerousGoods.NONE));
		}
		LoadPlanInput input = input(parcels, List.of(), 5, "100", "10", LaneLimits.NO_LITHIUM);
		PlanProposal ffd = planner.firstFitDecreasing(input);
		PlanProposal proposal = planner.plan(input);
		assertThat(ffd.loadsUsed()).isEqualTo(3);
		assertThat(proposal.loadsUsed()).isEqualTo(2);
		assertThat(proposal.lowerBound()).isEqualTo(2);
		assertThat(proposal.gap()).isZero();
		assertThat(proposal.status()).isEqualTo(PlanStatus.OPTIMAL);
		assertThat(proposal.baseline().loadsUsed()).isEqualTo(3);
		assertThat(proposal.loads()).extracting(PlanProposal.LoadFill::kgPercent)
			.containsExactly(new BigDecimal("100.0"), new BigDecimal("95.0"));
		assertKeepsEveryRule(input, proposal);
	}

	@ParameterizedTest
	@MethodSource("solverSeeds")
	void onFixedSetsThatAllFitTheSolverUsesNoMoreLoadsThanFirstFitDecreasing(long seed) {
		LoadPlanInput random = PlanningInputs.small(seed);
		// Everything plannable: no dangerous goods, no deadlines, all ready, loads
		// enough.
		List<PlanParcel> parcels = random.parcels()
			.stream()
			.map((p) -> new PlanParcel(p.id(), p.shipperId(), p.weightKg(), p.volumeM3(), DangerousGoods.NONE,
					PlanningInputs.MONDAY, null))
			.toList();
		LoadPlanInput input = new LoadPlanInput(random.hubId(), random.programId(), parcels, List.of(),
				new NewLoads(parcels.size(), new BigDecimal("100"), new BigDecimal("1"),
						PlanningInputs.MONDAY.plusSeconds(3600), PlanningInputs.MONDAY.plusSeconds(7200)),
				random.lane());
		SeededTries.check(seed, input, () -> {
			PlanProposal proposal = planner.plan(input);
			PlanProposal ffd = planner.firstFitDecreasing(input);
			assertThat(proposal.unplanned()).isEmpty();
			assertThat(ffd.unplanned()).isEmpty();
			assertThat(proposal.loadsUsed()).isLessThanOrEqualTo(ffd.loadsUsed());
			assertThat(proposal.lowerBound()).isLessThanOrEqualTo(proposal.loadsUsed());
			assertKeepsEveryRule(input, proposal);
		});
	}

	@Test
	void explosivesGetALoadOfTheirOwn() {
		PlanParcel fireworks = parcel("5", "0.05", classify("0336:5"));
		PlanParcel shoes = parcel("2", "0.02", DangerousGoods.NONE);
		PlanParcel books = parcel("3", "0.01", DangerousGoods.NONE);
		LoadPlanInput input = input(List.of(fireworks, shoes, books), List.of(), 3, "100", "1", LaneLimits.NO_LITHIUM);
		PlanProposal proposal = planner.plan(input);
		assertKeepsEveryRule(input, proposal);
		assertThat(proposal.loadsUsed()).isEqualTo(2);
		Map<UUID, LoadRef> where = where(proposal);
		assertThat(where.get(shoes.id())).isEqualTo(where.get(books.id())).isNotEqualTo(where.get(fireworks.id()));
	}

	@Test
	void explosivesStayOpenWhenTheOnlyLoadAlreadyCarriesSomething() {
		PlanParcel fireworks = parcel("5", "0.05", classify("0336:5"));
		CandidateLoad load = load("100", "1", List.of(new Packable("already", DangerousGoods.NONE)), "2", "0.1");
		PlanProposal proposal = planner
			.plan(input(List.of(fireworks), List.of(load), 0, "100", "1", LaneLimits.NO_LITHIUM));
		Unplanned open = proposal.unplanned().getFirst();
		assertThat(open.reason()).isEqualTo(UnplannedReason.REFUSED_BY_SEGREGATION);
		assertThat(open.refusal().reason()).isEqualTo(SegregationReason.EXPLOSIVES_ALONE);
		assertThat(open.refusal().second()).isEqualTo("already");
	}

	@Test
	void oxidizersAndFlammablesGoIntoDifferentLoads() {
		PlanParcel oxidizer = parcel("4", "0.02", classify("1479:4"));
		PlanParcel paint = parcel("4", "0.02", classify("1263:4"));
		PlanParcel wetSolid = parcel("4", "0.02", classify("1415:4"));
		LoadPlanInput input = input(List.of(oxidizer, paint, wetSolid), List.of(), 3, "100", "1",
				LaneLimits.NO_LITHIUM);
		PlanProposal proposal = planner.plan(input);
		assertKeepsEveryRule(input, proposal);
		Map<UUID, LoadRef> where = where(proposal);
		assertThat(where.get(oxidizer.id())).isNotEqualTo(where.get(paint.id())).isNotEqualTo(where.get(wetSolid.id()));
		assertThat(where.get(paint.id())).isEqualTo(where.get(wetSolid.id()));
		assertThat(proposal.loadsUsed()).isEqualTo(2);
	}

	@Test
	void lithiumStaysOpenOnALaneThatDoesNotAcceptIt() {
		PlanParcel laptop = parcel("3", "0.01", classify("3481:0.5"));
		PlanProposal proposal = planner.plan(input(List.of(laptop), List.of(), 1, "100", "1", LaneLimits.NO_LITHIUM));
		assertThat(proposal.assignments()).isEmpty();
		Unplanned open = proposal.unplanned().getFirst();
		assertThat(open.reason()).isEqualTo(UnplannedReason.REFUSED_BY_SEGREGATION);
		assertThat(open.refusal().reason()).isEqualTo(SegregationReason.LITHIUM_NOT_ACCEPTED);
		assertThat(proposal.loadsUsed()).isZero();
	}

	@Test
	void lithiumIsSpreadSoNoLoadCarriesMoreThanTheLaneAllows() {
		// Three parcels of 8 kg of lithium batteries, 10 kg allowed per load: three
		// loads,
		// although one would hold them by weight and volume.
		List<PlanParcel> batteries = List.of(parcel("8", "0.01", classify("3480:8")),
				parcel("8", "0.01", classify("3480:8")), parcel("8", "0.01", classify("3090:8")));
		LoadPlanInput input = input(batteries, List.of(), 4, "100", "1", new LaneLimits(true, new BigDecimal("10")));
		PlanProposal proposal = planner.plan(input);
		assertKeepsEveryRule(input, proposal);
		assertThat(proposal.unplanned()).isEmpty();
		assertThat(proposal.loadsUsed()).isEqualTo(3);
		assertThat(proposal.lowerBound()).isEqualTo(1);
		// With room for two new loads only, one parcel stays open for want of room.
		PlanProposal tight = planner
			.plan(input(batteries, List.of(), 2, "100", "1", new LaneLimits(true, new BigDecimal("10"))));
		assertThat(tight.unplanned()).singleElement().extracting(Unplanned::reason).isEqualTo(UnplannedReason.NO_ROOM);
	}

	@Test
	void aParcelGoesOnlyIntoALoadItIsReadyForAndThatLeavesBeforeItsDeadline() {
		Instant early = PlanningInputs.MONDAY.plusSeconds(3600);
		Instant late = PlanningInputs.MONDAY.plusSeconds(10 * 3600);
		CandidateLoad morning = new CandidateLoad(UUID.randomUUID(), new BigDecimal("100"), BigDecimal.ONE,
				BigDecimal.ZERO, BigDecimal.ZERO, List.of(), early, early.plusSeconds(1800));
		CandidateLoad evening = new CandidateLoad(UUID.randomUUID(), new BigDecimal("100"), BigDecimal.ONE,
				BigDecimal.ZERO, BigDecimal.ZERO, List.of(), late, late.plusSeconds(1800));
		PlanParcel readyLate = new PlanParcel(UUID.randomUUID(), UUID.randomUUID(), BigDecimal.ONE,
				new BigDecimal("0.01"), DangerousGoods.NONE, early.plusSeconds(60), null);
		PlanParcel urgent = new PlanParcel(UUID.randomUUID(), UUID.randomUUID(), BigDecimal.ONE, new BigDecimal("0.01"),
				DangerousGoods.NONE, PlanningInputs.MONDAY, early.plusSeconds(3600));
		PlanParcel hopeless = new PlanParcel(UUID.randomUUID(), UUID.randomUUID(), BigDecimal.ONE,
				new BigDecimal("0.01"), DangerousGoods.NONE, late.plusSeconds(60), null);
		LoadPlanInput input = new LoadPlanInput(UUID.randomUUID(), UUID.randomUUID(),
				List.of(readyLate, urgent, hopeless), List.of(morning, evening), NewLoads.none(late),
				LaneLimits.NO_LITHIUM);
		PlanProposal proposal = planner.plan(input);
		assertKeepsEveryRule(input, proposal);
		Map<UUID, LoadRef> where = where(proposal);
		assertThat(where.get(readyLate.id())).isEqualTo(LoadRef.existing(evening.id()));
		assertThat(where.get(urgent.id())).isEqualTo(LoadRef.existing(morning.id()));
		assertThat(proposal.unplanned()).singleElement()
			.satisfies((open) -> assertThat(open.parcelId()).isEqualTo(hopeless.id()))
			.extracting(Unplanned::reason)
			.isEqualTo(UnplannedReason.MISSES_CUT_OFF);
	}

	@Test
	void aParcelLargerThanAnyLoadStaysOpenAsTooLarge() {
		PlanProposal proposal = planner.plan(input(List.of(parcel("120", "0.1", DangerousGoods.NONE)), List.of(), 2,
				"100", "1", LaneLimits.NO_LITHIUM));
		assertThat(proposal.unplanned()).singleElement()
			.extracting(Unplanned::reason)
			.isEqualTo(UnplannedReason.TOO_LARGE);
	}

	@Test
	void aPartlyFullLoadIsFilledBeforeANewOneIsOpenedAndCountsInTheBound() {
		CandidateLoad half = load("100", "1", List.of(new Packable("already", DangerousGoods.NONE)), "50", "0.5");
		List<PlanParcel> parcels = List.of(parcel("30", "0.1", DangerousGoods.NONE),
				parcel("30", "0.1", DangerousGoods.NONE));
		LoadPlanInput input = input(parcels, List.of(half), 2, "100", "1", LaneLimits.NO_LITHIUM);
		PlanProposal proposal = planner.plan(input);
		assertKeepsEveryRule(input, proposal);
		// 50 kg room, 60 kg to plan: the half-full load plus one new load; bound 1 +
		// ceil(10/100) = 2.
		assertThat(proposal.loadsUsed()).isEqualTo(2);
		assertThat(proposal.lowerBound()).isEqualTo(2);
		assertThat(proposal.loads().getFirst().load()).isEqualTo(LoadRef.existing(half.id()));
		assertThat(proposal.loads().getFirst().kgPercent()).isEqualByComparingTo("80.0");
	}

	@Test
	void theCheckForAcceptingRefusesAnEditThatBreaksARule() {
		PlanParcel oxidizer = parcel("60", "0.02", classify("1479:4"));
		PlanParcel paint = parcel("60", "0.02", classify("1263:4"));
		LoadPlanInput input = input(List.of(oxidizer, paint), List.of(), 2, "100", "1", LaneLimits.NO_LITHIUM);
		List<PlanViolation> violations = planner.check(input,
				List.of(new Assignment(oxidizer.id(), LoadRef.opened(1)), new Assignment(paint.id(), LoadRef.opened(1)),
						new Assignment(paint.id(), LoadRef.opened(2)),
						new Assignment(UUID.randomUUID(), LoadRef.opened(1))));
		assertThat(violations).extracting(PlanViolation::kind)
			.containsExactlyInAnyOrder(PlanViolation.Kind.PARCEL_TWICE, PlanViolation.Kind.UNKNOWN_PARCEL,
					PlanViolation.Kind.OVER_WEIGHT, PlanViolation.Kind.SEGREGATION);
		assertThat(planner.check(input, planner.plan(input).assignments())).isEmpty();
	}

	// --- the independent check ---

	static void assertKeepsEveryRule(LoadPlanInput input, PlanProposal proposal) {
		Map<UUID, PlanParcel> parcels = new HashMap<>();
		input.parcels().forEach((p) -> parcels.put(p.id(), p));
		Set<UUID> accounted = new HashSet<>();
		proposal.assignments().forEach((a) -> assertThat(accounted.add(a.parcelId())).isTrue());
		proposal.unplanned().forEach((u) -> assertThat(accounted.add(u.parcelId())).isTrue());
		assertThat(accounted).isEqualTo(parcels.keySet());

		Map<LoadRef, List<PlanParcel>> byLoad = new HashMap<>();
		for (Assignment assignment : proposal.assignments()) {
			byLoad.computeIfAbsent(assignment.load(), (r) -> new ArrayList<>()).add(parcels.get(assignment.parcelId()));
		}
		Set<LoadRef> used = new HashSet<>(byLoad.keySet());
		for (CandidateLoad load : input.loads()) {
			if (!load.contents().isEmpty() || load.loadedKg().signum() > 0 || load.loadedM3().signum() > 0) {
				used.add(LoadRef.existing(load.id()));
			}
		}
		byLoad.forEach((ref, planned) -> {
			CandidateLoad load = input.loads()
				.stream()
				.filter((l) -> ref.loadId() != null && l.id().equals(ref.loadId()))
				.findFirst()
				.orElse(null);
			if (load == null) {
				assertThat(ref.newLoad()).isBetween(1, input.newLoads().maxCount());
			}
			BigDecimal kg = (load != null) ? load.loadedKg() : BigDecimal.ZERO;
			BigDecimal m3 = (load != null) ? load.loadedM3() : BigDecimal.ZERO;
			Instant cutOff = (load != null) ? load.cutOff() : input.newLoads().cutOff();
			Instant departure = (load != null) ? load.departure() : input.newLoads().departure();
			List<Packable> together = new ArrayList<>((load != null) ? load.contents() : List.of());
			for (PlanParcel parcel : planned) {
				kg = kg.add(parcel.weightKg());
				m3 = m3.add(parcel.volumeM3());
				together.add(new Packable(parcel.id().toString(), parcel.goods()));
				assertThat(parcel.readyAt()).isBeforeOrEqualTo(cutOff);
				if (parcel.deadline() != null) {
					assertThat(departure).isBeforeOrEqualTo(parcel.deadline());
				}
			}
			assertThat(kg).isLessThanOrEqualTo((load != null) ? load.capacityKg() : input.newLoads().capacityKg());
			assertThat(m3).isLessThanOrEqualTo((load != null) ? load.capacityM3() : input.newLoads().capacityM3());
			assertThat(segregation.mayShare(together, input.lane())).isEmpty();
		});
		assertThat(proposal.loadsUsed()).isEqualTo(used.size());
		assertThat(proposal.loads()).hasSize(used.size());
		assertThat(proposal.lowerBound()).isBetween(0, proposal.loadsUsed());
	}

	// --- building inputs ---

	static DangerousGoods classify(String... unNumbersAndKg) {
		List<HazardousItem> items = new ArrayList<>();
		for (String entry : unNumbersAndKg) {
			String[] parts = entry.split(":");
			items.add(new HazardousItem(new UnNumber(parts[0]), new BigDecimal(parts[1])));
		}
		return SegregationTable.standard().classify(items);
	}

	static PlanParcel parcel(String kg, String m3, DangerousGoods goods) {
		return new PlanParcel(UUID.randomUUID(), UUID.randomUUID(), new BigDecimal(kg), new BigDecimal(m3), goods,
				PlanningInputs.MONDAY, null);
	}

	static CandidateLoad load(String capacityKg, String capacityM3, List<Packable> contents, String loadedKg,
			String loadedM3) {
		Instant cutOff = PlanningInputs.MONDAY.plusSeconds(3600);
		return new CandidateLoad(UUID.randomUUID(), new BigDecimal(capacityKg), new BigDecimal(capacityM3),
				new BigDecimal(loadedKg), new BigDecimal(loadedM3), contents, cutOff, cutOff.plusSeconds(3600));
	}

	static LoadPlanInput input(List<PlanParcel> parcels, List<CandidateLoad> loads, int newLoads, String capacityKg,
			String capacityM3, LaneLimits lane) {
		Instant cutOff = PlanningInputs.MONDAY.plusSeconds(3600);
		return new LoadPlanInput(UUID.randomUUID(), UUID.randomUUID(), parcels, loads, new NewLoads(newLoads,
				new BigDecimal(capacityKg), new BigDecimal(capacityM3), cutOff, cutOff.plusSeconds(3600)), lane);
	}

	static Map<UUID, LoadRef> where(PlanProposal proposal) {
		Map<UUID, LoadRef> where = new HashMap<>();
		proposal.assignments().forEach((a) -> where.put(a.parcelId(), a.load()));
		return where;
	}

}
