package io.homeward.platform.consolidation;

/** What the destination hub found of one parcel. */
public enum ReceiptOutcome {

	RECEIVED, MISSING, DAMAGED,
	/** Arrived but matches no manifest line. */
	UNEXPECTED

}
