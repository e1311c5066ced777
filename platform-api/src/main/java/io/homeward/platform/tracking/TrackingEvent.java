package io.homeward.platform.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded event as its readers see it. {@code eventTime} carries the offset the client
 * gave; {@code recordTime} is the platform's; {@code seq} the arrival order that breaks
 * ties. {@code throughKind} and {@code throughId} name, for an event read for a parcel or
 * unit it was not recorded on, the unit or load that parcel or unit was directly inside
 * at the event's time; null for an event recorded on it.
 */
public record TrackingEvent(UUID uuid, String clientEventId, SubjectKind subjectKind, UUID subjectId, BizStep bizStep,
		Disposition disposition, OffsetDateTime eventTime, OffsetDateTime recordTime, @Nullable UUID readPointHubId,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable BigDecimal temperatureC,
		@Nullable BigDecimal relativeHumidity, @Nullable BigDecimal shockG, @Nullable TrackingExceptionKind exception,
		@Nullable String exceptionReason, UUID recorderOrgId, String recordedBy, long seq,
		@Nullable SubjectKind throughKind, @Nullable UUID throughId) {

	public static final String TYPE = "TrackingEvent";

	/**
	 * The same event as read for another subject, inherited through the unit or load that
	 * subject was directly inside.
	 */
	TrackingEvent through(@Nullable SubjectKind kind, @Nullable UUID id) {
		return new TrackingEvent(uuid, clientEventId, subjectKind, subjectId, bizStep, disposition, eventTime,
				recordTime, readPointHubId, latitude, longitude, temperatureC, relativeHumidity, shockG, exception,
				exceptionReason, recorderOrgId, recordedBy, seq, kind, id);
	}

	/**
	 * An offset as EPCIS writes {@code eventTimeZoneOffset}: {@code +hh:mm}, and UTC as
	 * {@code +00:00}, not {@code Z}. The API's events, public tracks and the EPCIS export
	 * all write it so.
	 */
	public static String timeZoneOffset(ZoneOffset offset) {
		return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
	}

}
