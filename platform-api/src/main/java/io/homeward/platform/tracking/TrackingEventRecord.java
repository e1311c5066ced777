package io.homeward.platform.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event to record, its ids decoded by the adapter: a subject of an unknown type
 * arrives with a null kind and answers NOT_FOUND like an unknown id.
 *
 * @param clientEventId the client's id of the event, the replay key
 * @param subjectKind what the subject id names, or null when it names nothing of ours
 * @param eventTime the instant with the client's offset, kept as EPCIS
 * {@code eventTimeZoneOffset}
 * @param readPointHubId a hub, or null; exclusive with a position
 * @param photoIds the photos the event shows, the recorder's own uploads, in its order
 * ({@link io.homeward.platform.shared.GlobalId#NONE} for an id that names no photo)
 */
public record TrackingEventRecord(@Nullable String clientEventId, @Nullable SubjectKind subjectKind, UUID subjectId,
		BizStep bizStep, Disposition disposition, OffsetDateTime eventTime, @Nullable UUID readPointHubId,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable BigDecimal temperatureC,
		@Nullable BigDecimal relativeHumidity, @Nullable BigDecimal shockG, @Nullable TrackingExceptionKind exception,
		@Nullable String exceptionReason, List<UUID> photoIds) {

}
