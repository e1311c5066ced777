package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coalition cost game of one load: c(S) = min(A(S), k · R(W(S))) with k = invoice /
 * R(W(N)), so that c(N) is the invoice whenever the invoice is at most A(N).
 *
 * <p>
 * Costs are handed out multiplied by R(W(N)) ({@link #scaledCost}): min(A(S) · R(W(N)),
 * invoice · R(W(S))) is an exact decimal, while k itself rarely is. The one division
 * happens in the final rounding.
 */
final class Coalitions {

	private final List<AllocationShipper> players;

	private final BigDecimal invoice;

	private final LaneRate rate;

	private final BigDecimal rateOfLoad;

	/**
	 * @param players the shippers in the load (weight above zero), in a fixed order
	 */
	Coalitions(List<AllocationShipper> players, BigDecimal invoice, LaneRate rate) {
		this.players = List.copyOf(players);
		this.invoice = invoice;
		this.rate = rate;
		this.rateOfLoad = price(sum(this.players, AllocationShipper::chargeableKg));
	}

	int size() {
		return this.players.size();
	}

	AllocationShipper player(int i) {
		return this.players.get(i);
	}

	BigDecimal weight(int i) {
		return this.players.get(i).chargeableKg();
	}

	BigDecimal standAlone(int i) {
		return this.players.get(i).standAlonePrice();
	}

	/** R(W(N)), the factor every {@link #scaledCost} carries. */
	BigDecimal rateOfLoad() {
		return this.rateOfLoad;
	}

	/** c(S) · R(W(N)) for a coalition of this weight and stand-alone total; exact. */
	BigDecimal scaledCost(BigDecimal weight, BigDecimal standAlone) {
		if (weight.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return standAlone.multiply(this.rateOfLoad).min(this.invoice.multiply(price(weight)));
	}

	/** c(S) in the currency, for the linear program, which works in floating point. */
	double cost(BigDecimal weight, BigDecimal standAlone) {
		return scaledCost(weight, standAlone).divide(this.rateOfLoad, MathContext.DECIMAL64).doubleValue();
	}

	/**
	 * k · R(w) in the currency: the consolidated part of c for a coalition of weight w.
	 */
	double consolidatedCost(BigDecimal weight) {
		return this.invoice.multiply(price(weight)).divide(this.rateOfLoad, MathContext.DECIMAL64).doubleValue();
	}

	/**
	 * Indices of the players grouped by identical weight and stand-alone price: such
	 * shippers are interchangeable in the game, so every fair method charges them alike.
	 */
	List<int[]> symmetricClasses() {
		Map<String, List<Integer>> classes = new LinkedHashMap<>();
		for (int i = 0; i < this.players.size(); i++) {
			String key = weight(i).stripTrailingZeros().toPlainString() + "/"
					+ standAlone(i).stripTrailingZeros().toPlainString();
			classes.computeIfAbsent(key, (k) -> new ArrayList<>()).add(i);
		}
		return classes.values().stream().map((c) -> c.stream().mapToInt(Integer::intValue).toArray()).toList();
	}

	private BigDecimal price(BigDecimal weight) {
		BigDecimal price = this.rate.price(weight);
		if (price.signum() < 0) {
			throw new IllegalArgumentException("the lane's rate card prices " + weight + " kg below zero: " + price);
		}
		return price;
	}

	static BigDecimal sum(List<AllocationShipper> shippers,
			java.util.function.Function<AllocationShipper, BigDecimal> amount) {
		return shippers.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
