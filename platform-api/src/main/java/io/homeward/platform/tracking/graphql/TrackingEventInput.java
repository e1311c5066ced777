package io.homeward.platform.tracking.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.Hub;
import io.homeward.platform.returns.Parcel;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tracking.BizStep;
import io.homeward.platform.tracking.Disposition;
import io.homeward.platform.tracking.SubjectKind;
import io.homeward.platform.tracking.TrackingEventRecord;
import io.homeward.platform.tracking.TrackingExceptionKind;
import io.homeward.platform.tracking.TrackingPhoto;
import org.jspecify.annotations.Nullable;

record TrackingEventInput(@Nullable String clientEventId, String subjectId, BizStep bizStep, Disposition disposition,
		OffsetDateTime eventTime, @Nullable String readPointHubId, @Nullable Double latitude,
		@Nullable Double longitude, @Nullable Double temperatureC, @Nullable Double relativeHumidity,
		@Nullable Double shockG, @Nullable TrackingExceptionKind exception, @Nullable String exceptionReason,
		@Nullable List<String> photoIds) {

	/**
	 * The GraphQL type of a parcel, the returns module's. Naming it through returns also
	 * makes tracking depend on returns in code, and Spring Modulith migrates a module
	 * after the modules it depends on: tracking's tables point at return_order and
	 * parcel.
	 */
	static final String PARCEL = Parcel.TYPE;

	/**
	 * The subject's type is read from its global id; an id of another type, or no id, has
	 * no kind and is refused as not found.
	 */
	TrackingEventRecord toCommand() {
		Optional<GlobalId> subject = GlobalId.decode(subjectId);
		SubjectKind kind = subject.map(GlobalId::type).map(TrackingEventInput::kind).orElse(null);
		UUID id = (kind != null) ? subject.get().uuid() : GlobalId.NONE;
		UUID hub = (readPointHubId != null) ? GlobalId.decodeOrNone(readPointHubId, Hub.TYPE) : null;
		return new TrackingEventRecord(clientEventId, kind, id, bizStep, disposition, eventTime, hub, decimal(latitude),
				decimal(longitude), decimal(temperatureC), decimal(relativeHumidity), decimal(shockG), exception,
				exceptionReason,
				(photoIds != null)
						? photoIds.stream().map((photo) -> GlobalId.decodeOrNone(photo, TrackingPhoto.TYPE)).toList()
						: List.of());
	}

	/** The UUID of a parcel, unit or load id; {@link GlobalId#NONE} for anything else. */
	static UUID subject(String id) {
		return GlobalId.decode(id).filter((gid) -> kind(gid.type()) != null).map(GlobalId::uuid).orElse(GlobalId.NONE);
	}

	private static @Nullable SubjectKind kind(String type) {
		if (PARCEL.equals(type)) {
			return SubjectKind.PARCEL;
		}
		return switch (type) {
			case HandlingUnit.TYPE -> SubjectKind.UNIT;
			case Load.TYPE -> SubjectKind.LOAD;
			default -> null;
		};
	}

	private static @Nullable BigDecimal decimal(@Nullable Double value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

}
