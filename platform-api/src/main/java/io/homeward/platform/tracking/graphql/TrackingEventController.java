package io.homeward.platform.tracking.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.Hub;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tracking.SubjectKind;
import io.homeward.platform.tracking.TrackingEvent;
import io.homeward.platform.tracking.TrackingEvents;
import io.homeward.platform.tracking.TrackingPhoto;
import io.homeward.platform.tracking.TrackingPhotos;
import io.homeward.platform.tracking.TrackingTimeline;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TrackingEventController {

	private final TrackingEvents events;

	private final TrackingTimeline timeline;

	private final TrackingPhotos photos;

	TrackingEventController(TrackingEvents events, TrackingTimeline timeline, TrackingPhotos photos) {
		this.events = events;
		this.timeline = timeline;
		this.photos = photos;
	}

	/** One statement for the photos of every event in the response, wherever they are. */
	@BatchMapping(typeName = TrackingEvent.TYPE)
	Map<TrackingEvent, List<TrackingPhoto>> photos(List<TrackingEvent> events) {
		return Batches.joinLists(events, TrackingEvent::uuid,
				photos.ofEvents(Batches.keys(events, TrackingEvent::uuid)));
	}

	@SchemaMapping(typeName = TrackingPhoto.TYPE)
	String id(TrackingPhoto photo) {
		return GlobalId.encode(TrackingPhoto.TYPE, photo.uuid());
	}

	@SchemaMapping(typeName = TrackingPhoto.TYPE)
	String url(TrackingPhoto photo) {
		return photo.path();
	}

	/**
	 * A subject id of another type than parcel, unit or load names nothing: no events.
	 */
	@QueryMapping
	Connection<TrackingEvent> trackingEvents(PageRequest page, @Argument String subjectId) {
		UUID subject = TrackingEventInput.subject(subjectId);
		return Connection.of(timeline.events(subject, page), page, () -> {
			throw new UnsupportedOperationException("TrackingEventConnection has no totalCount");
		});
	}

	@SchemaMapping(typeName = "TrackingEvent")
	@Nullable String inheritedThrough(TrackingEvent event) {
		return (event.throughKind() != null && event.throughId() != null)
				? GlobalId.encode(type(event.throughKind()), event.throughId()) : null;
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
		return GlobalId.encode(type(event.subjectKind()), event.subjectId());
	}

	private static String type(SubjectKind kind) {
		return switch (kind) {
			case PARCEL -> TrackingEventInput.PARCEL;
			case UNIT -> HandlingUnit.TYPE;
			case LOAD -> Load.TYPE;
		};
	}

	@SchemaMapping(typeName = "TrackingEvent")
	String eventTimeZoneOffset(TrackingEvent event) {
		return TrackingEvent.timeZoneOffset(event.eventTime().getOffset());
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
