package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * How many new loads of one size the planner may open, all with the same cut-off and
 * departure (the lane's next scheduled one).
 */
public record NewLoads(int maxCount, BigDecimal capacityKg, BigDecimal capacityM3, Instant cutOff, Instant departure) {

	public NewLoads {
		if (maxCount < 0) {
			throw new IllegalArgumentException("A count is not negative");
		}
		if (maxCount > 0 && (capacityKg.signum() <= 0 || capacityM3.signum() <= 0)) {
			throw new IllegalArgumentException("A load has a capacity");
		}
	}

	public static NewLoads none(Instant at) {
		return new NewLoads(0, BigDecimal.ONE, BigDecimal.ONE, at, at);
	}

}
