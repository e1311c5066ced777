package io.homeward.platform.disposition;

/**
 * What the inspection at the destination hub found an item to be: five conditions, and
 * two outcomes that are not conditions (the item was not in its parcel, or another item
 * was).
 */
public enum Grade {

	NEW, LIKE_NEW, GOOD, DAMAGED, SCRAP,
	/** Not in its parcel: nothing can be done with it, so no disposition follows. */
	MISSING,
	/** Another item than the one declared came: it goes back, or waits for a decision. */
	WRONG_ITEM;

	/** Whether an item of this grade is there to be disposed of at all. */
	boolean present() {
		return this != MISSING;
	}

	/** Whether the grade makes the item waste whatever its disposition. */
	boolean waste() {
		return this == SCRAP;
	}

}
