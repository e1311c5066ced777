package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A lane's rate-card price R(w) for a chargeable weight, in the invoice's currency. Cost
 * sharing only ever asks for prices of sums of the shippers' chargeable weights; it
 * scales them by k = invoice / R(W(all)), so what matters is the shape of R, not its
 * surcharges. Must not be negative.
 */
@FunctionalInterface
public interface LaneRate {

	BigDecimal price(BigDecimal chargeableKg);

	/**
	 * A weight-break tariff as pricing computes freight: the price per kg of the highest
	 * break whose start is at most the weight, times the weight, and at least the minimum
	 * charge. Unrounded, since the allocation rounds once at the end.
	 * @param pricePerKgFrom price per kg by the weight (inclusive) it applies from; the
	 * first break must start at 0 kg
	 */
	static LaneRate weightBreaks(BigDecimal minimumCharge, Map<BigDecimal, BigDecimal> pricePerKgFrom) {
		NavigableMap<BigDecimal, BigDecimal> breaks = new TreeMap<>(pricePerKgFrom);
		if (breaks.isEmpty() || breaks.firstKey().signum() != 0) {
			throw new IllegalArgumentException("the first weight break must start at 0 kg: " + breaks);
		}
		if (minimumCharge.signum() < 0 || breaks.values().stream().anyMatch((rate) -> rate.signum() < 0)) {
			throw new IllegalArgumentException("a rate card has no negative prices");
		}
		return (kg) -> kg.multiply(breaks.floorEntry(kg).getValue()).max(minimumCharge);
	}

}
