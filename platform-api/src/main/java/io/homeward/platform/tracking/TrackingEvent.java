package io.homeward.platform.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded event as its readers see it. {@code eventTime} carries the offset the client
 * gave; {@code recordTime} is the platform's.
 */
public record TrackingEvent(UUID uuid, String clientEventId, SubjectKind subjectKind, UUID subjectId, BizStep bizStep,
		Disposition disposition, OffsetDateTime eventTime, OffsetDateTime recordTime, @Nullable UUID readPointHubId,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable BigDecimal temperatureC,
		@Nullable BigDecimal relativeHumidity, @Nullable BigDecimal shockG, @Nullable TrackingExceptionKind exception,
		@Nullable String exceptionReason, UUID recorderOrgId, String recordedBy) {

	public static final String TYPE = "TrackingEvent";

}
