package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A parcel's weight shared over the lines of the goods in it, in proportion to their net
 * weights, to the gram and exactly: each share is rounded down to the gram, and the grams
 * still missing go one each to the lines that lost most, ties to the earlier line. So the
 * gross weights of a parcel's lines add up to what the parcel weighs, and none is below
 * its line's net weight.
 * <p>
 * A parcel recorded lighter than its goods' net weights has no such split: the records
 * disagree. Every line then keeps its net weight as its gross weight (a gross weight
 * below the net is no weight at all), and the lines add up to more than the parcel.
 */
final class GrossWeights {

	private GrossWeights() {
	}

	/**
	 * @param parcelKg the parcel's weight, in kilograms to the gram
	 * @param netKg the net weight of each line in the parcel, more than zero, to the gram
	 * @return the gross weight of each line, in the same order, to the gram
	 */
	static List<BigDecimal> apportion(BigDecimal parcelKg, List<BigDecimal> netKg) {
		BigInteger total = grams(parcelKg);
		List<BigInteger> nets = netKg.stream().map(GrossWeights::grams).toList();
		BigInteger sum = nets.stream().reduce(BigInteger.ZERO, BigInteger::add);
		if (sum.signum() <= 0 || total.compareTo(sum) < 0) {
			return netKg.stream().map((net) -> net.setScale(3)).toList();
		}
		List<BigInteger> shares = new ArrayList<>(nets.size());
		List<BigInteger> remainders = new ArrayList<>(nets.size());
		BigInteger missing = total;
		for (BigInteger net : nets) {
			BigInteger[] division = total.multiply(net).divideAndRemainder(sum);
			shares.add(division[0]);
			remainders.add(division[1]);
			missing = missing.subtract(division[0]);
		}
		// Fewer grams missing than lines: each floor lost less than one gram.
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < nets.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing((i) -> i));
		for (int k = 0; k < missing.intValueExact(); k++) {
			int i = order.get(k);
			shares.set(i, shares.get(i).add(BigInteger.ONE));
		}
		return shares.stream().map((grams) -> new BigDecimal(grams, 3)).toList();
	}

	private static BigInteger grams(BigDecimal kg) {
		// Weights are stored to the gram (numeric(10, 3)); anything finer is a caller's
		// error, not something to round away.
		return kg.setScale(3).unscaledValue();
	}

}
