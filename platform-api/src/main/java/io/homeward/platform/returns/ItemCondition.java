package io.homeward.platform.returns;

/** The state an item comes back in. */
public enum ItemCondition {

	NEW, OPENED, USED, DAMAGED, DEFECTIVE, SCRAP

}
