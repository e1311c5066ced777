package io.homeward.platform.tracking.graphql;

import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.Hub;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tracking.TrackingEvent;
import io.homeward.platform.tracking.TrackingEvents;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TrackingEventController {

	private final TrackingEvents events;

	TrackingEventController(TrackingEvents events) {
		this.events = events;
	}

	@MutationMapping
	TrackingEventsRecordPayload trackingEventsRecord(@Argument TrackingEventsRecordInput input) {
		return TrackingEventsRecordPayload.of(events.record(input.toCommands()));
	}

	@SchemaMapping(typeName = "TrackingEvent")
	String id(TrackingEvent event) {
		return GlobalId.encode(TrackingEvent.TYPE, event.uuid());
	}

	@SchemaMapping(typeName = "TrackingEvent")
	String subjectId(TrackingEvent event) {
		String type = switch (event.subjectKind()) {
			case PARCEL -> TrackingEventInput.PARCEL;
			case UNIT -> HandlingUnit.TYPE;
			case LOAD -> Load.TYPE;
		};
		return GlobalId.encode(type, event.subjectId());
	}

	@SchemaMapping(typeName = "TrackingEvent")
	String eventTimeZoneOffset(TrackingEvent event) {
		String id = event.eventTime().getOffset().getId();
		// EPCIS writes UTC as +00:00, not Z.
		return "Z".equals(id) ? "+00:00" : id;
	}

	@SchemaMapping(typeName = "TrackingEvent")
	@Nullable String readPointHubId(TrackingEvent event) {
		return (event.readPointHubId() != null) ? GlobalId.encode(Hub.TYPE, event.readPointHubId()) : null;
	}

	@SchemaMapping(typeName = "TrackingEvent")
	String recordedByOrganizationId(TrackingEvent event) {
		return GlobalId.encode(Organization.TYPE, event.recorderOrgId());
	}

}
