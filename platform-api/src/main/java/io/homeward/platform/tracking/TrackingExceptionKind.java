package io.homeward.platform.tracking;

/**
 * Something that went wrong with what an event is about, reported with a reason: the
 * platform's own kinds, not the CBV's (EPCIS has no exception vocabulary of its own).
 */
public enum TrackingExceptionKind {

	DELAYED, DAMAGED, CUSTOMS_HOLD, LOST

}
