package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the planner proposes: which parcel goes into which load, which parcels stay open
 * and why, how full each load gets, how many loads it uses against a lower bound, and
 * which solver found it.
 *
 * @param fallbackReason why first-fit decreasing was used, when {@code status} is
 * FALLBACK
 * @param loads the loads used, in the planner's order (existing loads by departure, then
 * new ones)
 * @param lowerBound no plan of the same parcels uses fewer loads; see
 * {@code docs/domain/load-planning.md}
 * @param baseline first-fit decreasing on the same input, for comparison
 */
public record PlanProposal(UUID hubId, UUID programId, PlanSolver solver, PlanStatus status,
		@Nullable String fallbackReason, List<Assignment> assignments, List<Unplanned> unplanned, List<LoadFill> loads,
		int loadsUsed, int lowerBound, Duration elapsed, Summary baseline) {

	public PlanProposal {
		assignments = List.copyOf(assignments);
		unplanned = List.copyOf(unplanned);
		loads = List.copyOf(loads);
	}

	/** Loads used beyond the lower bound. */
	public int gap() {
		return loadsUsed - lowerBound;
	}

	public enum PlanSolver {

		CP_SAT, FIRST_FIT_DECREASING

	}

	public enum PlanStatus {

		/** CP-SAT proved no better plan exists. */
		OPTIMAL,
		/**
		 * CP-SAT's best within its time limit, at least as good as first-fit decreasing.
		 */
		FEASIBLE,
		/** First-fit decreasing, because CP-SAT found nothing better or could not run. */
		FALLBACK

	}

	public enum UnplannedReason {

		/** No load's cut-off and departure fit the parcel's ready time and deadline. */
		MISSES_CUT_OFF,
		/** Segregation refuses it on this lane or in every load that is in time. */
		REFUSED_BY_SEGREGATION,
		/** Larger (kg, m³ or lithium) than any load in time can take. */
		TOO_LARGE,
		/** It would fit, but the loads in time are taken and no more may be opened. */
		NO_ROOM

	}

	/**
	 * An existing load, or the {@code newLoad}-th new one (1-based) that accepting the
	 * proposal creates.
	 */
	public record LoadRef(@Nullable UUID loadId, int newLoad) {

		public static LoadRef existing(UUID loadId) {
			return new LoadRef(loadId, 0);
		}

		public static LoadRef opened(int number) {
			return new LoadRef(null, number);
		}

		public boolean isNew() {
			return loadId == null;
		}

	}

	public record Assignment(UUID parcelId, LoadRef load) {

	}

	/**
	 * @param refusal the segregation rule, when that is the reason
	 */
	public record Unplanned(UUID parcelId, UnplannedReason reason, @Nullable SegregationRefusal refusal) {

	}

	/** How full a load gets: what it carried before plus what the proposal adds. */
	public record LoadFill(LoadRef load, int parcelsAdded, BigDecimal kg, BigDecimal m3, BigDecimal kgPercent,
			BigDecimal m3Percent) {

	}

	public record Summary(PlanSolver solver, int loadsUsed, int unplanned, int lowerBound, Duration elapsed) {

	}

}
