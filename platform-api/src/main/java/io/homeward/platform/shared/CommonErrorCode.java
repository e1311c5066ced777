package io.homeward.platform.shared;

/**
 * Codes of the failures every module can report: the form of a field, the value types of
 * this package, and the answers to "may I" and "does it exist". The schema's
 * {@code UserErrorCode} declares them; each module adds its own codes with
 * {@code extend enum UserErrorCode} in its slice and an enum of its own.
 */
public enum CommonErrorCode implements ErrorCode {

	/** A required field is missing or blank. */
	REQUIRED,
	/** A text is longer than allowed. */
	TOO_LONG,
	/** A value has the wrong form. */
	INVALID,
	/** A number or a list is outside its allowed range. */
	OUT_OF_RANGE, INVALID_COUNTRY, INVALID_CURRENCY, INVALID_HS_CODE, INVALID_WASTE_CODE, INVALID_UN_NUMBER,
	/** The object does not exist, or the caller may not see it: the two answer alike. */
	NOT_FOUND,
	/** The caller sees the object but its organization kind or role may not do this. */
	NOT_PERMITTED,
	/** A value that must be unique is taken. */
	TAKEN,
	/** Someone changed the object since the caller read it. */
	CONFLICT

}
