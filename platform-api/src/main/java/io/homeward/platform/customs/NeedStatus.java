package io.homeward.platform.customs;

/** Where a paper an item needs stands on the day asked. */
public enum NeedStatus {

	/** A document covering the item is recorded and valid on the day. */
	PRESENT,
	/** No document of the kind covers the item. */
	MISSING,
	/** Documents of the kind cover the item, none of them valid on the day. */
	EXPIRED,
	/**
	 * The waste table does not classify the item's code: no paper can be named, a person
	 * must decide.
	 */
	UNCLASSIFIED

}
