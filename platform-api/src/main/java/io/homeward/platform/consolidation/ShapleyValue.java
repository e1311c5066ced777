package io.homeward.platform.consolidation;

import io.homeward.platform.shared.allocation.ExactShares;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Shapley value of the coalition cost game: each shipper pays its marginal cost c(S ∪
 * {i}) − c(S) averaged over every order in which the shippers could join.
 */
final class ShapleyValue {

	/** 2^12 = 4,096 coalitions; beyond, the orders are sampled. */
	static final int EXACT_MAX = 12;

	private ShapleyValue() {
	}

	/**
	 * φ_i = Σ over S not containing i of |S|! (n − |S| − 1)! / n! · (c(S ∪ {i}) − c(S)),
	 * over the common denominator n! · R(W(N)).
	 */
	static ExactShares exact(Coalitions game) {
		int n = game.size();
		if (n > 20) {
			throw new IllegalArgumentException("exact Shapley values are for at most 20 shippers, not " + n);
		}
		int coalitions = 1 << n;
		BigDecimal[] cost = new BigDecimal[coalitions];
		BigDecimal[] weight = new BigDecimal[coalitions];
		BigDecimal[] standAlone = new BigDecimal[coalitions];
		cost[0] = BigDecimal.ZERO;
		weight[0] = BigDecimal.ZERO;
		standAlone[0] = BigDecimal.ZERO;
		for (int mask = 1; mask < coalitions; mask++) {
			int i = Integer.numberOfTrailingZeros(mask);
			int rest = mask & (mask - 1);
			weight[mask] = weight[rest].add(game.weight(i));
			standAlone[mask] = standAlone[rest].add(game.standAlone(i));
			cost[mask] = game.scaledCost(weight[mask], standAlone[mask]);
		}
		BigDecimal[] orders = new BigDecimal[n];
		for (int size = 0; size < n; size++) {
			orders[size] = new BigDecimal(factorial(size).multiply(factorial(n - size - 1)));
		}
		List<BigDecimal> numerators = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			int bit = 1 << i;
			BigDecimal sum = BigDecimal.ZERO;
			for (int mask = 0; mask < coalitions; mask++) {
				if ((mask & bit) == 0) {
					sum = sum.add(orders[Integer.bitCount(mask)].multiply(cost[mask | bit].subtract(cost[mask])));
				}
			}
			numerators.add(sum);
		}
		return new ExactShares(numerators, new BigDecimal(factorial(n)).multiply(game.rateOfLoad()));
	}

	/**
	 * The mean marginal cost over random orders. Shippers with the same weight and
	 * stand-alone price have the same Shapley value, so their estimates are pooled: each
	 * gets its class's mean, which is as unbiased, has less variance, and charges them
	 * alike. Every order's marginal costs add up to c(N), so the estimates add up to the
	 * invoice exactly.
	 */
	static Sampled sampled(Coalitions game, ShapleySampling sampling) {
		int n = game.size();
		int m = sampling.permutations();
		SplittableRandom random = new SplittableRandom(sampling.seed());
		List<int[]> classes = game.symmetricClasses();
		double scale = game.rateOfLoad().doubleValue();
		BigDecimal[] sums = new BigDecimal[n];
		java.util.Arrays.fill(sums, BigDecimal.ZERO);
		double[] marginal = new double[n];
		// Welford's running mean and squared deviations, per class
		double[] mean = new double[classes.size()];
		double[] squares = new double[classes.size()];
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int draw = 1; draw <= m; draw++) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
			BigDecimal weight = BigDecimal.ZERO;
			BigDecimal standAlone = BigDecimal.ZERO;
			BigDecimal before = BigDecimal.ZERO;
			for (int player : order) {
				weight = weight.add(game.weight(player));
				standAlone = standAlone.add(game.standAlone(player));
				BigDecimal after = game.scaledCost(weight, standAlone);
				BigDecimal step = after.subtract(before);
				sums[player] = sums[player].add(step);
				marginal[player] = step.doubleValue() / scale;
				before = after;
			}
			for (int c = 0; c < classes.size(); c++) {
				double value = 0;
				for (int player : classes.get(c)) {
					value += marginal[player];
				}
				value /= classes.get(c).length;
				double delta = value - mean[c];
				mean[c] += delta / draw;
				squares[c] += delta * (value - mean[c]);
			}
		}
		BigInteger common = BigInteger.ONE;
		for (int[] members : classes) {
			BigInteger size = BigInteger.valueOf(members.length);
			common = common.divide(common.gcd(size)).multiply(size);
		}
		BigDecimal[] numerators = new BigDecimal[n];
		double[] standardErrors = new double[n];
		for (int c = 0; c < classes.size(); c++) {
			int[] members = classes.get(c);
			BigDecimal pooled = BigDecimal.ZERO;
			for (int player : members) {
				pooled = pooled.add(sums[player]);
			}
			pooled = pooled.multiply(new BigDecimal(common.divide(BigInteger.valueOf(members.length))));
			double error = Math.sqrt(squares[c] / (m - 1) / m);
			for (int player : members) {
				numerators[player] = pooled;
				standardErrors[player] = error;
			}
		}
		BigDecimal denominator = BigDecimal.valueOf(m).multiply(game.rateOfLoad()).multiply(new BigDecimal(common));
		return new Sampled(new ExactShares(List.of(numerators), denominator), standardErrors);
	}

	/**
	 * @param standardErrors per player, in the currency
	 */
	record Sampled(ExactShares shares, double[] standardErrors) {

	}

	private static BigInteger factorial(int n) {
		BigInteger f = BigInteger.ONE;
		for (int i = 2; i <= n; i++) {
			f = f.multiply(BigInteger.valueOf(i));
		}
		return f;
	}

}
