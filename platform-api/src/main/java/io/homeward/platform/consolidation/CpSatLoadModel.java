package io.homeward.platform.consolidation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import org.jspecify.annotations.Nullable;

/**
 * The planning problem as a CP-SAT bin-packing model: {@code x[p][l]} parcel p goes into
 * load l (only where it is eligible), {@code y[l]} load l is used, and for each load its
 * fill in whole percent by kg and by m³. One weighted objective ranks, in this order, the
 * parcels planned, the loads used, and how full the loads are in the planner's order. The
 * full model is written out in {@code docs/domain/load-planning.md}.
 */
final class CpSatLoadModel {

	/** Two workers: the machines this runs on have two cores. */
	static final int WORKERS = 2;

	record Result(CpSolverStatus status, PlanningProblem.@Nullable Plan plan) {

	}

	private final PlanningProblem problem;

	private final CpModel model = new CpModel();

	private final @Nullable BoolVar[][] x;

	private final BoolVar[] y;

	private final IntVar[] fillWeight;

	private final IntVar[] fillVolume;

	CpSatLoadModel(PlanningProblem problem) {
		this.problem = problem;
		int n = problem.parcelCount;
		int m = problem.slotCount;
		this.x = new BoolVar[n][m];
		this.y = new BoolVar[m];
		this.fillWeight = new IntVar[m];
		this.fillVolume = new IntVar[m];
		for (int l = 0; l < m; l++) {
			y[l] = model.newBoolVar("y" + l);
			if (problem.carriesSomething[l]) {
				model.addEquality(y[l], 1);
			}
			fillWeight[l] = model.newIntVar(0, 100, "fw" + l);
			fillVolume[l] = model.newIntVar(0, 100, "fv" + l);
		}
		for (int p = 0; p < n; p++) {
			List<Literal> choices = new ArrayList<>();
			for (int l = 0; l < m; l++) {
				if (problem.eligible[p][l]) {
					x[p][l] = model.newBoolVar("x" + p + "_" + l);
					model.addImplication(x[p][l], y[l]);
					choices.add(x[p][l]);
				}
			}
			if (choices.size() > 1) {
				model.addAtMostOne(choices);
			}
		}
		for (int l = 0; l < m; l++) {
			capacity(l);
			segregation(l);
		}
		// New loads are alike: use them in order, so the solver does not try every
		// permutation.
		for (int l = problem.firstNew; l + 1 < m; l++) {
			model.addImplication(y[l + 1], y[l]);
		}
		model.minimize(objective());
	}

	private void capacity(int l) {
		LinearExprBuilder weight = LinearExpr.newBuilder();
		LinearExprBuilder volume = LinearExpr.newBuilder();
		LinearExprBuilder lithium = LinearExpr.newBuilder();
		boolean anyLithium = false;
		for (int p = 0; p < problem.parcelCount; p++) {
			BoolVar var = x[p][l];
			if (var != null) {
				weight.addTerm(var, problem.weight[p]);
				volume.addTerm(var, problem.volume[p]);
				if (problem.lithium[p] > 0) {
					lithium.addTerm(var, problem.lithium[p]);
					anyLithium = true;
				}
			}
		}
		long roomWeight = Math.max(0, problem.capacityWeight[l] - problem.loadedWeight[l]);
		long roomVolume = Math.max(0, problem.capacityVolume[l] - problem.loadedVolume[l]);
		model.addLessOrEqual(weight.addTerm(y[l], -roomWeight), 0);
		model.addLessOrEqual(volume.addTerm(y[l], -roomVolume), 0);
		if (anyLithium) {
			model.addLessOrEqual(lithium, problem.lithiumRoom[l]);
		}
		// fill% · capacity <= 100 · (loaded + added): the whole percent, rounded down.
		LinearExprBuilder fw = LinearExpr.newBuilder().addTerm(fillWeight[l], problem.capacityWeight[l]);
		LinearExprBuilder fv = LinearExpr.newBuilder().addTerm(fillVolume[l], problem.capacityVolume[l]);
		for (int p = 0; p < problem.parcelCount; p++) {
			BoolVar var = x[p][l];
			if (var != null) {
				fw.addTerm(var, -100 * problem.weight[p]);
				fv.addTerm(var, -100 * problem.volume[p]);
			}
		}
		model.addLessOrEqual(fw, 100 * problem.loadedWeight[l]);
		model.addLessOrEqual(fv, 100 * problem.loadedVolume[l]);
	}

	/**
	 * Pairs of classes kept apart need two flags per load rather than a constraint per
	 * pair of parcels; a class that travels alone empties the load of everything else.
	 */
	private void segregation(int l) {
		for (SegregationTable.Apart rule : problem.segregation.table().apartRules()) {
			List<BoolVar> first = new ArrayList<>();
			List<BoolVar> second = new ArrayList<>();
			for (int p = 0; p < problem.parcelCount; p++) {
				BoolVar var = x[p][l];
				if (var == null) {
					continue;
				}
				DangerousGoods goods = problem.parcels.get(p).goods();
				if (goods.has(rule.hazardClass())) {
					first.add(var);
				}
				else if (rule.with() != null && goods.has(rule.with())) {
					second.add(var);
				}
			}
			if (first.isEmpty()) {
				continue;
			}
			if (rule.with() == null) {
				for (int p = 0; p < problem.parcelCount; p++) {
					BoolVar alone = x[p][l];
					if (alone == null || !problem.parcels.get(p).goods().has(rule.hazardClass())) {
						continue;
					}
					LinearExprBuilder others = LinearExpr.newBuilder();
					for (int q = 0; q < problem.parcelCount; q++) {
						BoolVar other = x[q][l];
						if (q != p && other != null) {
							others.addTerm(other, 1);
						}
					}
					model.addEquality(others, 0).onlyEnforceIf(alone);
				}
			}
			else if (!second.isEmpty()) {
				BoolVar hasFirst = model.newBoolVar("a" + l);
				BoolVar hasSecond = model.newBoolVar("b" + l);
				first.forEach((var) -> model.addImplication(var, hasFirst));
				second.forEach((var) -> model.addImplication(var, hasSecond));
				model.addAtMostOne(new Literal[] { hasFirst, hasSecond });
			}
		}
	}

	private LinearExprBuilder objective() {
		Weights weights = Weights.of(problem);
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int p = 0; p < problem.parcelCount; p++) {
			for (int l = 0; l < problem.slotCount; l++) {
				BoolVar var = x[p][l];
				if (var != null) {
					objective.addTerm(var, -weights.parcel());
				}
			}
		}
		for (int l = 0; l < problem.slotCount; l++) {
			objective.addTerm(y[l], weights.load());
			objective.addTerm(fillWeight[l], -weights.rank(l));
			objective.addTerm(fillVolume[l], -weights.rank(l));
		}
		return objective;
	}

	/** Starts the search from a known plan (first-fit decreasing's). */
	void hint(PlanningProblem.Plan plan) {
		boolean[] used = plan.usedSlots(problem);
		long[] weight = problem.loadedWeight.clone();
		long[] volume = problem.loadedVolume.clone();
		for (int p = 0; p < problem.parcelCount; p++) {
			int slot = plan.slotOf()[p];
			for (int l = 0; l < problem.slotCount; l++) {
				BoolVar var = x[p][l];
				if (var != null) {
					model.addHint(var, slot == l);
				}
			}
			if (slot >= 0) {
				weight[slot] += problem.weight[p];
				volume[slot] += problem.volume[p];
			}
		}
		for (int l = 0; l < problem.slotCount; l++) {
			model.addHint(y[l], used[l]);
			model.addHint(fillWeight[l], Weights.percent(weight[l], problem.capacityWeight[l]));
			model.addHint(fillVolume[l], Weights.percent(volume[l], problem.capacityVolume[l]));
		}
	}

	Result solve(Duration timeLimit) {
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0)
			.setNumWorkers(WORKERS)
			.setRandomSeed(1)
			.setLogSearchProgress(false);
		CpSolverStatus status = solver.solve(model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return new Result(status, null);
		}
		int[] slotOf = new int[problem.parcelCount];
		Arrays.fill(slotOf, -1);
		for (int p = 0; p < problem.parcelCount; p++) {
			for (int l = 0; l < problem.slotCount; l++) {
				BoolVar var = x[p][l];
				if (var != null && solver.booleanValue(var)) {
					slotOf[p] = l;
				}
			}
		}
		return new Result(status, new PlanningProblem.Plan(slotOf));
	}

	/**
	 * The objective's weights, chosen so each rank outweighs everything below it: one
	 * more parcel planned is worth more than any number of loads and fills, one load
	 * fewer more than any fill. Fill counts most in the first load of the order, least in
	 * the last, so the slack ends up in the last load.
	 */
	record Weights(long parcel, long load, int slots) {

		static Weights of(PlanningProblem problem) {
			long m = problem.slotCount;
			long fills = 200 * m * (m + 1) / 2;
			long load = fills + 1;
			return new Weights(load * m + fills + 1, load, problem.slotCount);
		}

		long rank(int l) {
			return slots - l;
		}

		/** The objective value of a plan, the same as the model's for the same plan. */
		long cost(PlanningProblem problem, PlanningProblem.Plan plan) {
			long[] weight = problem.loadedWeight.clone();
			long[] volume = problem.loadedVolume.clone();
			long cost = 0;
			for (int p = 0; p < problem.parcelCount; p++) {
				int slot = plan.slotOf()[p];
				if (slot >= 0) {
					cost -= parcel;
					weight[slot] += problem.weight[p];
					volume[slot] += problem.volume[p];
				}
			}
			boolean[] used = plan.usedSlots(problem);
			for (int l = 0; l < problem.slotCount; l++) {
				cost += used[l] ? load : 0;
				cost -= rank(l) * (percent(weight[l], problem.capacityWeight[l])
						+ percent(volume[l], problem.capacityVolume[l]));
			}
			return cost;
		}

		static long percent(long amount, long capacity) {
			return (capacity <= 0) ? 0 : Math.min(100, amount * 100 / capacity);
		}

	}

}
