package io.homeward.platform.tracking;

/**
 * What a return's expected arrival rests on, from the most certain to none (for a return
 * of several parcels: the least certain of its parcels').
 */
public enum EtaBasis {

	/** Arrived: the arrival itself. */
	ARRIVED,
	/** Departed: the departure plus the lane's transit days. */
	DEPARTED,
	/**
	 * Not departed, in a load: the load's planned departure plus the lane's transit days.
	 */
	PLANNED_DEPARTURE,
	/** Nothing to go on (no load yet, or a parcel without one); no expected arrival. */
	UNKNOWN

}
