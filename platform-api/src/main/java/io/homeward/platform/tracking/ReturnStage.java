package io.homeward.platform.tracking;

/**
 * Where a return stands as a whole: the furthest stage every one of its parcels has
 * reached, from their milestones (docs/domain/tracking-timeline.md, "Stage").
 */
public enum ReturnStage {

	/** No milestone yet. */
	CREATED,
	/** Handed in by the customer. */
	DROPPED_OFF,
	/** Collected for the first leg. */
	PICKED_UP,
	/** Departed, cleared or not. */
	IN_TRANSIT,
	/** Held by customs: a CUSTOMS_HOLD exception not yet superseded, before receipt. */
	CUSTOMS,
	/** At the destination hub. */
	ARRIVED,
	/** Received at the hub. */
	RECEIVED,
	/** Received and checked. */
	CHECKED

}
