package io.homeward.platform.shared.allocation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Shares as exact decimals over one common denominator, share_i = numerators_i /
 * denominator: pro rata, Shapley weights and k all divide, and a quotient of decimals is
 * rarely a decimal. Keeping the division until the rounding keeps every step exact.
 */
public record ExactShares(List<BigDecimal> numerators, BigDecimal denominator) {

	public ExactShares {
		numerators = List.copyOf(numerators);
		if (denominator.signum() <= 0) {
			throw new IllegalArgumentException("denominator must be positive: " + denominator);
		}
	}

	/** The share of player i, to 20 significant digits: for reports and tests. */
	public BigDecimal approximate(int i) {
		return this.numerators.get(i).divide(this.denominator, java.math.MathContext.DECIMAL128);
	}

}
