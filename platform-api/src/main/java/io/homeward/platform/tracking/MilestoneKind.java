package io.homeward.platform.tracking;

/**
 * A milestone of a parcel of a return, something its shipper can act on (refund its
 * customer once the goods are received and checked, say), in the order a return usually
 * reaches them. Each is reached once per parcel; they may be reached out of this order or
 * not at all (a parcel handed in at the hub is never picked up).
 */
public enum MilestoneKind {

	/** Handed in by the customer (an ACCEPTING event on the parcel). */
	DROPPED_OFF,
	/** Collected for the first leg (COLLECTING). */
	PICKED_UP,
	/** Left the origin in its load (DEPARTING, or the load reported IN_TRANSIT). */
	DEPARTED,
	/** Released by customs (the load's declaration RELEASED). */
	CLEARED,
	/** At the destination hub (ARRIVING, or the load reported ARRIVED). */
	ARRIVED_AT_HUB,
	/** Received there (RECEIVING, or a receipt line RECEIVED or DAMAGED). */
	RECEIVED,
	/** Inspected (INSPECTING): what a shipper usually refunds on. */
	CHECKED

}
