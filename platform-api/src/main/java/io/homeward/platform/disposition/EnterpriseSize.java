package io.homeward.platform.disposition;

/**
 * A shipper's size as the Accounting Directive 2013/34/EU counts it, which decides from
 * when the ESPR ban on destroying unsold apparel and footwear binds it (large from 19
 * July 2026, medium-sized from 19 July 2030, micro and small never).
 */
public enum EnterpriseSize {

	MICRO, SMALL, MEDIUM, LARGE

}
