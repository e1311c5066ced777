package io.homeward.platform.tracking.graphql;

import java.util.List;

import io.homeward.platform.tracking.TrackingEventRecord;

record TrackingEventsRecordInput(List<TrackingEventInput> events) {

	List<TrackingEventRecord> toCommands() {
		return events.stream().map(TrackingEventInput::toCommand).toList();
	}

}
