package io.homeward.platform.consolidation;

import java.util.UUID;

import io.homeward.platform.consolidation.PlanProposal.LoadRef;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a plan (as an operator edited it): a parcel or load the input does
 * not have, a parcel twice, a load over its capacity, a parcel that misses its load's
 * cut-off or departs after its deadline, or goods segregation refuses together.
 */
public record PlanViolation(Kind kind, @Nullable UUID parcelId, @Nullable LoadRef load,
		@Nullable SegregationRefusal refusal, String message) {

	public enum Kind {

		UNKNOWN_PARCEL, UNKNOWN_LOAD, PARCEL_TWICE, OVER_WEIGHT, OVER_VOLUME, MISSES_CUT_OFF, SEGREGATION

	}

}
