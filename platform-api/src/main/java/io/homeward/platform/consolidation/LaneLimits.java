package io.homeward.platform.consolidation;

import java.math.BigDecimal;

/**
 * What the lane a load travels on allows of dangerous goods, as its operator and carrier
 * agreed: whether lithium batteries are accepted at all, and how many kilograms of them
 * one load may carry.
 */
public record LaneLimits(boolean acceptsLithiumBatteries, BigDecimal maxLithiumKgPerLoad) {

	/** A lane that carries no lithium batteries. */
	public static final LaneLimits NO_LITHIUM = new LaneLimits(false, BigDecimal.ZERO);

	public LaneLimits {
		if (maxLithiumKgPerLoad.signum() < 0) {
			throw new IllegalArgumentException("A lithium limit is not negative");
		}
	}

}
