package io.homeward.platform.returns;

/** Why goods come back. */
public enum ReturnReason {

	DEFECTIVE, DAMAGED_IN_TRANSIT, WRONG_ITEM, NOT_AS_DESCRIBED, NO_LONGER_NEEDED, EXCESS_STOCK, END_OF_LIFE, RECALL,
	REUSABLE_PACKAGING, OTHER

}
