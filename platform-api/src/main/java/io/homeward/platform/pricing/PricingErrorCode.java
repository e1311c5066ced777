package io.homeward.platform.pricing;

import io.homeward.platform.shared.ErrorCode;

/** Failures only pricing reports, declared in {@code pricing.graphqls}. */
public enum PricingErrorCode implements ErrorCode {

	/** A rate card's validity overlaps another version of the lane's card. */
	OVERLAPPING_VALIDITY,
	/** No rate card is in force where a quote needs one. */
	NO_RATE_CARD

}
