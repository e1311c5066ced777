package io.homeward.platform.consolidation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * First-fit decreasing: parcels from the largest down (by the larger of their weight and
 * volume as shares of a new load's capacity), each into the first load, in the planner's
 * order, that is in time, has room in kg, m³ and lithium, and carries nothing it may not
 * travel with; a new load is opened only when none does. The fallback when CP-SAT cannot
 * answer, the baseline it is compared with, and its first solution.
 */
final class FirstFitDecreasing {

	private FirstFitDecreasing() {
	}

	static PlanningProblem.Plan solve(PlanningProblem problem) {
		int n = problem.parcelCount;
		int m = problem.slotCount;
		double unitWeight = Math.max(1, reference(problem.capacityWeight, problem));
		double unitVolume = Math.max(1, reference(problem.capacityVolume, problem));
		Integer[] order = new Integer[n];
		for (int p = 0; p < n; p++) {
			order[p] = p;
		}
		Arrays.sort(order,
				Comparator
					.comparingDouble(
							(Integer p) -> -Math.max(problem.weight[p] / unitWeight, problem.volume[p] / unitVolume))
					.thenComparing((Integer p) -> problem.parcels.get(p).id()));
		long[] weight = problem.loadedWeight.clone();
		long[] volume = problem.loadedVolume.clone();
		long[] lithium = new long[m];
		List<List<Integer>> contents = new ArrayList<>();
		for (int l = 0; l < m; l++) {
			contents.add(new ArrayList<>());
		}
		int[] slotOf = new int[n];
		Arrays.fill(slotOf, -1);
		for (int p : order) {
			for (int l = 0; l < m; l++) {
				if (problem.eligible[p][l] && weight[l] + problem.weight[p] <= problem.capacityWeight[l]
						&& volume[l] + problem.volume[p] <= problem.capacityVolume[l]
						&& lithium[l] + problem.lithium[p] <= problem.lithiumRoom[l]
						&& compatibleWithAll(problem, p, contents.get(l))) {
					slotOf[p] = l;
					weight[l] += problem.weight[p];
					volume[l] += problem.volume[p];
					lithium[l] += problem.lithium[p];
					contents.get(l).add(p);
					break;
				}
			}
		}
		return new PlanningProblem.Plan(slotOf);
	}

	private static boolean compatibleWithAll(PlanningProblem problem, int p, List<Integer> contents) {
		for (int q : contents) {
			if (!problem.compatible(p, q)) {
				return false;
			}
		}
		return true;
	}

	/** The capacity sizes are measured against: a new load's, or the first load's. */
	private static long reference(long[] capacities, PlanningProblem problem) {
		if (problem.firstNew < problem.slotCount) {
			return capacities[problem.firstNew];
		}
		return (problem.slotCount > 0) ? capacities[0] : 1;
	}

}
