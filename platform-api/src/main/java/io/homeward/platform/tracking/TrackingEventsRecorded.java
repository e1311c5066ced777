package io.homeward.platform.tracking;

import java.util.List;

/**
 * Events recorded in the current transaction, published inside it so that
 * {@link TrackingNotices} tells the other instances only once it has committed.
 */
record TrackingEventsRecorded(List<TrackingNotice.Event> events) {

	TrackingEventsRecorded {
		events = List.copyOf(events);
	}

}
