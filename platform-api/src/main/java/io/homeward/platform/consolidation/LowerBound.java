package io.homeward.platform.consolidation;

import java.util.Arrays;

/**
 * The fewest loads any plan of the same parcels could use, ignoring that parcels are
 * indivisible, cut-offs and segregation: the loads that already carry something (they
 * travel anyway), plus the fewest further loads, largest first, whose room holds the
 * planned weight, or the planned volume, whichever needs more. With uniform new loads and
 * nothing loaded, that is max(ceil(total kg / capacity kg), ceil(total m³ / capacity
 * m³)).
 */
final class LowerBound {

	private LowerBound() {
	}

	static int of(PlanningProblem problem, PlanningProblem.Plan plan) {
		long weight = 0;
		long volume = 0;
		for (int p = 0; p < problem.parcelCount; p++) {
			if (plan.slotOf()[p] >= 0) {
				weight += problem.weight[p];
				volume += problem.volume[p];
			}
		}
		int carrying = 0;
		long roomWeight = 0;
		long roomVolume = 0;
		int openable = 0;
		long[] openWeight = new long[problem.slotCount];
		long[] openVolume = new long[problem.slotCount];
		for (int l = 0; l < problem.slotCount; l++) {
			long w = Math.max(0, problem.capacityWeight[l] - problem.loadedWeight[l]);
			long v = Math.max(0, problem.capacityVolume[l] - problem.loadedVolume[l]);
			if (problem.carriesSomething[l]) {
				carrying++;
				roomWeight += w;
				roomVolume += v;
			}
			else {
				openWeight[openable] = w;
				openVolume[openable] = v;
				openable++;
			}
		}
		return carrying + Math.max(further(weight - roomWeight, openWeight, openable),
				further(volume - roomVolume, openVolume, openable));
	}

	private static int further(long missing, long[] rooms, int count) {
		long[] sorted = Arrays.copyOf(rooms, count);
		Arrays.sort(sorted);
		int loads = 0;
		for (int i = count - 1; i >= 0 && missing > 0; i--) {
			missing -= sorted[i];
			loads++;
		}
		return loads;
	}

}
