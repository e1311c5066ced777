package io.homeward.platform.tracking.graphql;

import java.util.List;

import io.homeward.platform.shared.UserError;
import io.homeward.platform.tracking.RecordResult;
import io.homeward.platform.tracking.TrackingEvent;
import org.jspecify.annotations.Nullable;

/** One event's result in a batch, its errors under {@code input}. */
record TrackingEventResult(int index, @Nullable String clientEventId, RecordResult.Status status,
		@Nullable TrackingEvent event, List<UserError> userErrors) {

	static TrackingEventResult of(RecordResult result) {
		return new TrackingEventResult(result.index(), result.clientEventId(), result.status(), result.event(),
				result.errors().stream().map((error) -> error.under("input")).toList());
	}

}
