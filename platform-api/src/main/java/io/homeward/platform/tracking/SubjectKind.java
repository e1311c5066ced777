package io.homeward.platform.tracking;

/**
 * What an event is about: a parcel, a handling unit or a load (EPCIS {@code epcList}).
 */
public enum SubjectKind {

	PARCEL, UNIT, LOAD

}
