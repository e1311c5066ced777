package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolverStatus;
import io.homeward.platform.consolidation.PlanProposal.Assignment;
import io.homeward.platform.consolidation.PlanProposal.LoadFill;
import io.homeward.platform.consolidation.PlanProposal.PlanSolver;
import io.homeward.platform.consolidation.PlanProposal.PlanStatus;
import io.homeward.platform.consolidation.PlanProposal.Summary;
import io.homeward.platform.consolidation.PlanProposal.Unplanned;
import io.homeward.platform.consolidation.PlanProposal.UnplannedReason;
import org.jspecify.annotations.Nullable;

/**
 * Proposes which open parcels of a hub and program go into which loads: within each
 * load's capacity in kg and m³, the parcels' cut-offs and deadlines, the lane's lithium
 * limits and the segregation table; planning as many parcels as can go, in as few loads
 * as possible, each as full as possible. CP-SAT solves it within a time limit, started
 * from first-fit decreasing's plan, which is also the fallback and the baseline reported
 * beside it. Pure: it reads and writes nothing; the caller loads the input and stores
 * what the operator accepts.
 */
public final class LoadPlanner {

	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

	private static final class Native {

		static final @Nullable String UNAVAILABLE = load();

		private static @Nullable String load() {
			try {
				Loader.loadNativeLibraries();
				return null;
			}
			catch (LinkageError | RuntimeException ex) {
				return "OR-Tools' native library did not load: " + ex;
			}
		}

	}

	private final Segregation segregation;

	private final Duration timeLimit;

	public LoadPlanner(Segregation segregation, Duration timeLimit) {
		if (timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("A time limit is positive");
		}
		this.segregation = segregation;
		this.timeLimit = timeLimit;
	}

	public LoadPlanner() {
		this(Segregation.standard(), DEFAULT_TIME_LIMIT);
	}

	/** {@code loadPlan(input)}: the proposal for one hub and program. */
	public PlanProposal plan(LoadPlanInput input) {
		long started = System.nanoTime();
		PlanningProblem problem = new PlanningProblem(input, segregation);
		PlanningProblem.Plan baseline = FirstFitDecreasing.solve(problem);
		Duration baselineElapsed = Duration.ofNanos(System.nanoTime() - started);
		Summary summary = new Summary(PlanSolver.FIRST_FIT_DECREASING, baseline.loadsUsed(problem),
				baseline.unplanned(), LowerBound.of(problem, baseline), baselineElapsed);
		String unavailable = Native.UNAVAILABLE;
		if (unavailable != null) {
			return proposal(problem, baseline, PlanSolver.FIRST_FIT_DECREASING, PlanStatus.FALLBACK, unavailable,
					started, summary);
		}
		// The model gets the new loads first-fit decreasing used and one more: more
		// cannot use
		// fewer loads, one spare lets it plan a parcel FFD left for want of room, and
		// every
		// spare load multiplies the model's variables by the number of parcels.
		int newUsed = 0;
		boolean[] used = baseline.usedSlots(problem);
		for (int l = problem.firstNew; l < problem.slotCount; l++) {
			newUsed += used[l] ? 1 : 0;
		}
		int spare = Math.min(input.newLoads().maxCount(), newUsed + 1);
		if (spare < input.newLoads().maxCount()) {
			NewLoads fresh = input.newLoads();
			problem = new PlanningProblem(new LoadPlanInput(input.hubId(), input.programId(), input.parcels(),
					input.loads(),
					new NewLoads(spare, fresh.capacityKg(), fresh.capacityM3(), fresh.cutOff(), fresh.departure()),
					input.lane()), segregation);
		}
		CpSatLoadModel.Result result;
		try {
			CpSatLoadModel model = new CpSatLoadModel(problem);
			model.hint(baseline);
			result = model.solve(timeLimit);
		}
		catch (RuntimeException ex) {
			return proposal(problem, baseline, PlanSolver.FIRST_FIT_DECREASING, PlanStatus.FALLBACK,
					"CP-SAT failed: " + ex, started, summary);
		}
		PlanningProblem.Plan plan = result.plan();
		if (plan == null) {
			return proposal(problem, baseline, PlanSolver.FIRST_FIT_DECREASING, PlanStatus.FALLBACK,
					"CP-SAT found no plan within " + timeLimit.toMillis() + " ms (" + result.status() + ")", started,
					summary);
		}
		CpSatLoadModel.Weights weights = CpSatLoadModel.Weights.of(problem);
		if (weights.cost(problem, plan) > weights.cost(problem, baseline)) {
			return proposal(problem, baseline, PlanSolver.FIRST_FIT_DECREASING, PlanStatus.FALLBACK,
					"CP-SAT's best within " + timeLimit.toMillis() + " ms was worse than first-fit decreasing", started,
					summary);
		}
		PlanStatus status = (result.status() == CpSolverStatus.OPTIMAL) ? PlanStatus.OPTIMAL : PlanStatus.FEASIBLE;
		return proposal(problem, plan, PlanSolver.CP_SAT, status, null, started, summary);
	}

	/** First-fit decreasing alone, as the baseline and the benchmark see it. */
	PlanProposal firstFitDecreasing(LoadPlanInput input) {
		long started = System.nanoTime();
		PlanningProblem problem = new PlanningProblem(input, segregation);
		PlanningProblem.Plan plan = FirstFitDecreasing.solve(problem);
		Summary summary = new Summary(PlanSolver.FIRST_FIT_DECREASING, plan.loadsUsed(problem), plan.unplanned(),
				LowerBound.of(problem, plan), Duration.ofNanos(System.nanoTime() - started));
		return proposal(problem, plan, PlanSolver.FIRST_FIT_DECREASING, PlanStatus.FALLBACK, "baseline only", started,
				summary);
	}

	/**
	 * {@code loadPlanAccept}'s check: what is wrong with a proposal as the operator
	 * edited it, against the same input; empty when it may be accepted.
	 */
	public List<PlanViolation> check(LoadPlanInput input, List<Assignment> assignments) {
		return PlanCheck.violations(input, assignments, segregation);
	}

	private PlanProposal proposal(PlanningProblem problem, PlanningProblem.Plan plan, PlanSolver solver,
			PlanStatus status, @Nullable String fallbackReason, long started, Summary baseline) {
		List<Assignment> assignments = new ArrayList<>();
		List<Unplanned> unplanned = new ArrayList<>();
		int[] added = new int[problem.slotCount];
		BigDecimal[] kg = new BigDecimal[problem.slotCount];
		BigDecimal[] m3 = new BigDecimal[problem.slotCount];
		for (int l = 0; l < problem.slotCount; l++) {
			CandidateLoad load = problem.existing[l];
			kg[l] = (load != null) ? load.loadedKg() : BigDecimal.ZERO;
			m3[l] = (load != null) ? load.loadedM3() : BigDecimal.ZERO;
		}
		for (int p = 0; p < problem.parcelCount; p++) {
			PlanParcel parcel = problem.parcels.get(p);
			int slot = plan.slotOf()[p];
			if (slot >= 0) {
				assignments.add(new Assignment(parcel.id(), problem.slots[slot]));
				added[slot]++;
				kg[slot] = kg[slot].add(parcel.weightKg());
				m3[slot] = m3[slot].add(parcel.volumeM3());
			}
			else {
				unplanned.add(unplanned(problem, p));
			}
		}
		List<LoadFill> fills = new ArrayList<>();
		boolean[] used = plan.usedSlots(problem);
		for (int l = 0; l < problem.slotCount; l++) {
			if (used[l]) {
				CandidateLoad load = problem.existing[l];
				BigDecimal capacityKg = (load != null) ? load.capacityKg() : problem.input.newLoads().capacityKg();
				BigDecimal capacityM3 = (load != null) ? load.capacityM3() : problem.input.newLoads().capacityM3();
				fills.add(new LoadFill(problem.slots[l], added[l], kg[l], m3[l], percent(kg[l], capacityKg),
						percent(m3[l], capacityM3)));
			}
		}
		return new PlanProposal(problem.input.hubId(), problem.input.programId(), solver, status, fallbackReason,
				assignments, unplanned, fills, plan.loadsUsed(problem), LowerBound.of(problem, plan),
				Duration.ofNanos(System.nanoTime() - started), baseline);
	}

	/**
	 * The most telling reason a parcel stays open, tried from the most to the least
	 * fixed.
	 */
	private static Unplanned unplanned(PlanningProblem problem, int p) {
		PlanParcel parcel = problem.parcels.get(p);
		SegregationRefusal alone = problem.refusedAlone[p];
		if (alone != null) {
			return new Unplanned(parcel.id(), UnplannedReason.REFUSED_BY_SEGREGATION, alone);
		}
		boolean inTime = false;
		boolean fits = false;
		SegregationRefusal byContents = null;
		for (int l = 0; l < problem.slotCount; l++) {
			if (!problem.inTime[p][l]) {
				continue;
			}
			inTime = true;
			if (problem.refusedByContents[p][l] != null) {
				byContents = (byContents != null) ? byContents : problem.refusedByContents[p][l];
			}
			else if (problem.fitsEmpty(p, l)) {
				fits = true;
			}
		}
		if (!inTime) {
			return new Unplanned(parcel.id(), UnplannedReason.MISSES_CUT_OFF, null);
		}
		if (fits) {
			return new Unplanned(parcel.id(), UnplannedReason.NO_ROOM, null);
		}
		if (byContents != null && Arrays.stream(problem.refusedByContents[p]).allMatch((r) -> r != null)) {
			return new Unplanned(parcel.id(), UnplannedReason.REFUSED_BY_SEGREGATION, byContents);
		}
		return new Unplanned(parcel.id(), UnplannedReason.TOO_LARGE, null);
	}

	private static BigDecimal percent(BigDecimal amount, BigDecimal capacity) {
		return amount.multiply(BigDecimal.valueOf(100)).divide(capacity, 1, RoundingMode.HALF_UP);
	}

}
