package io.homeward.platform.tracking;

import java.util.List;

import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * What became of one event of a batch: recorded now, recorded before (a replay, answered
 * with the event as first recorded), or refused with its errors (paths under
 * {@code events.N}).
 */
public record RecordResult(int index, @Nullable String clientEventId, Status status, @Nullable TrackingEvent event,
		List<UserError> errors) {

	public enum Status {

		RECORDED, REPLAYED, REFUSED

	}

	public RecordResult {
		errors = List.copyOf(errors);
	}

}
