package io.homeward.platform.consolidation;

/** Why goods may not share a unit or load; each has one row and source in the table. */
public enum SegregationReason {

	/** Class 1 travels with nothing else. */
	EXPLOSIVES_ALONE,
	/**
	 * Oxidizers (5.1) never with flammable liquids (3) or flammable solids (4.1, 4.2,
	 * 4.3).
	 */
	OXIDIZER_APART_FROM_FLAMMABLE,
	/** Lithium batteries on a lane that does not accept them. */
	LITHIUM_NOT_ACCEPTED,
	/** More lithium battery mass than the lane allows in one load. */
	LITHIUM_OVER_LIMIT,
	/** A UN number the table does not classify. */
	UNKNOWN_UN_NUMBER

}
