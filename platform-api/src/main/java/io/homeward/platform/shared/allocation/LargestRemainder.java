package io.homeward.platform.shared.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Rounds exact shares to a currency's minor unit so that they sum to the total exactly:
 * every share is first rounded down, then the units still missing go one each to the
 * shares that lost most, ties to the shipper whose id comes first as text.
 */
public final class LargestRemainder {

	private LargestRemainder() {
	}

	/**
	 * @param total the amount the shares add up to, in whole minor units
	 * @param caps if given, no share is rounded up past its cap (whole minor units)
	 * @param tolerance in minor units: 0 for exact shares; for shares read from a
	 * floating-point solver, the noise below which two values count as equal, so that a
	 * share a hair under a whole cent is that cent and ties are still broken by id
	 * @throws IllegalStateException if the shares do not add up to the total
	 */
	public static List<BigDecimal> round(ExactShares shares, BigDecimal total, int digits, List<UUID> ids,
			@Nullable List<BigDecimal> caps, BigDecimal tolerance) {
		int n = shares.numerators().size();
		BigDecimal d = shares.denominator();
		BigDecimal slack = tolerance.multiply(d);
		List<BigDecimal> units = new ArrayList<>(n);
		List<BigDecimal> remainders = new ArrayList<>(n);
		BigDecimal missing = total.movePointRight(digits).setScale(0, RoundingMode.UNNECESSARY);
		for (BigDecimal numerator : shares.numerators()) {
			BigDecimal scaled = numerator.movePointRight(digits);
			BigDecimal floor = scaled.add(slack).divide(d, 0, RoundingMode.FLOOR);
			units.add(floor);
			BigDecimal remainder = scaled.subtract(floor.multiply(d)).divide(d, java.math.MathContext.DECIMAL64);
			remainders.add(tolerance.signum() == 0 ? remainder : remainder.setScale(6, RoundingMode.HALF_UP));
			missing = missing.subtract(floor);
		}
		if (missing.signum() < 0 || missing.compareTo(BigDecimal.valueOf(n)) > 0) {
			throw new IllegalStateException("shares do not add up to " + total + ": " + missing + " units apart");
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer, BigDecimal>comparing(remainders::get)
			.reversed()
			.thenComparing((i) -> ids.get(i).toString()));
		int left = missing.intValueExact();
		while (left > 0) {
			int given = 0;
			for (int i : order) {
				if (left == 0) {
					break;
				}
				BigDecimal next = units.get(i).add(BigDecimal.ONE);
				if (caps == null || next.compareTo(caps.get(i).movePointRight(digits)) <= 0) {
					units.set(i, next);
					left--;
					given++;
				}
			}
			if (given == 0) {
				throw new IllegalStateException("no share can take the remaining " + left + " units under its cap");
			}
		}
		return units.stream().map((u) -> u.movePointLeft(digits).setScale(digits, RoundingMode.UNNECESSARY)).toList();
	}

}
