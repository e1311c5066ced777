package io.homeward.platform.tracking;

import io.homeward.platform.shared.ErrorCode;

/** Failures only tracking reports, declared in {@code tracking.graphqls}. */
public enum TrackingErrorCode implements ErrorCode {

	/** The event time is later than now, beyond the clock skew the platform allows. */
	EVENT_TIME_IN_FUTURE,
	/** An operator records at one of its own hubs: the event names none. */
	READ_POINT_REQUIRED,
	/**
	 * The hub is not one of the operator's whose parcel, unit or load the event is about.
	 */
	READ_POINT_MISMATCH,
	/** The client event id was recorded before with other content. */
	CLIENT_EVENT_ID_REUSED,
	/** The photo id names none of the recorder's own uploaded photos. */
	PHOTO_NOT_FOUND

}
