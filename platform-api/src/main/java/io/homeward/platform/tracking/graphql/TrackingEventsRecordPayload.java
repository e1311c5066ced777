package io.homeward.platform.tracking.graphql;

import java.util.List;

import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tracking.RecordResult;

/**
 * The batch's payload: one result per event, with its errors under
 * {@code input.events.N}; errors of the batch as a whole under {@code input.events}.
 */
record TrackingEventsRecordPayload(List<TrackingEventResult> results, List<UserError> userErrors) {

	static TrackingEventsRecordPayload of(Outcome<List<RecordResult>> outcome) {
		List<RecordResult> results = outcome.valueOrNull();
		return new TrackingEventsRecordPayload(
				(results != null) ? results.stream().map(TrackingEventResult::of).toList() : List.of(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
