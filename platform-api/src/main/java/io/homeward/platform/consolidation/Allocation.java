package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A load's invoice split among its shippers.
 *
 * @param requested the program's method
 * @param applied the method that produced the shares: {@code requested}, or
 * {@link AllocationMethod#DEFAULT DEFAULT} when {@code fallback} says why not
 * @param shares one per shipper of the request, ordered by shipper id
 * @param sampling for a sampled Shapley value, how it was drawn and how far it may be off
 * @param equalProfit for the Equal Profit Method, what the linear program found
 */
public record Allocation(AllocationMethod requested, AllocationMethod applied, @Nullable AllocationFallback fallback,
		List<ShipperShare> shares, @Nullable SamplingError sampling, @Nullable EqualProfitReport equalProfit) {

	public Allocation {
		shares = List.copyOf(shares);
	}

	/**
	 * @param maxStandardError the largest standard error of any shipper's estimate, in
	 * the currency
	 * @param maxHalfWidth95 1.96 times that: the half-width of a 95 % confidence interval
	 * around the least certain estimate
	 */
	public record SamplingError(int permutations, long seed, BigDecimal maxStandardError, BigDecimal maxHalfWidth95) {

	}

	/**
	 * @param spread the optimum f: the largest difference between two shippers' ratios
	 * share / stand-alone price (0 when every shipper saves the same percentage)
	 * @param coalitionConstraints how many coalition constraints the final program had
	 * @param everyCoalitionListed true when every coalition was a constraint; false when
	 * they were generated until an exact search found none violated
	 */
	public record EqualProfitReport(BigDecimal spread, int coalitionConstraints, boolean everyCoalitionListed) {

	}

}
