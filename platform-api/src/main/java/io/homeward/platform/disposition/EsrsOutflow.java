package io.homeward.platform.disposition;

/**
 * How the sustainability report counts an operation on waste, in the shape of ESRS E5-5
 * (resource outflows): waste diverted from disposal (recycling, other recovery) or
 * directed to it (incineration, landfill, other); {@link #INTERIM} for an operation that
 * only prepares waste for another. Preparation for reuse, the third diversion, is not an
 * operation on waste here: it is a product's disposition (repair, refurbishment, resale).
 */
public enum EsrsOutflow {

	RECYCLING, OTHER_RECOVERY, INCINERATION, LANDFILL, OTHER_DISPOSAL, INTERIM;

	boolean diverted() {
		return this == RECYCLING || this == OTHER_RECOVERY;
	}

}
