package io.homeward.platform.consolidation;

import io.homeward.platform.shared.allocation.ExactShares;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The default split: share_i = min(A_i, λ · W_i), with the one λ that makes the shares
 * add up to the invoice. Found by capping every shipper whose pro-rata share passes its
 * stand-alone price and spreading what is left over the rest by weight, until nobody
 * passes: λ only grows from round to round, so a shipper capped once stays capped, and at
 * most n rounds are needed.
 */
final class ProRata {

	private ProRata() {
	}

	/** Plain pro rata by weight, no caps. */
	static ExactShares plain(Coalitions game, BigDecimal invoice) {
		List<BigDecimal> numerators = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < game.size(); i++) {
			numerators.add(invoice.multiply(game.weight(i)));
			total = total.add(game.weight(i));
		}
		return new ExactShares(numerators, total);
	}

	/**
	 * Pro rata under the caps. The caller has checked invoice ≤ A(N): then some shipper
	 * always stays uncapped, since if all of the uncapped passed their caps the remainder
	 * would exceed their stand-alone total and so the invoice A(N).
	 */
	static ExactShares capped(Coalitions game, BigDecimal invoice) {
		int n = game.size();
		boolean[] capped = new boolean[n];
		BigDecimal remaining;
		BigDecimal uncappedWeight;
		boolean changed;
		do {
			remaining = invoice;
			uncappedWeight = BigDecimal.ZERO;
			for (int i = 0; i < n; i++) {
				if (capped[i]) {
					remaining = remaining.subtract(game.standAlone(i));
				}
				else {
					uncappedWeight = uncappedWeight.add(game.weight(i));
				}
			}
			changed = false;
			for (int i = 0; i < n; i++) {
				// remaining · W_i / W_uncapped > A_i, without dividing
				if (!capped[i] && remaining.multiply(game.weight(i))
					.compareTo(game.standAlone(i).multiply(uncappedWeight)) > 0) {
					capped[i] = true;
					changed = true;
				}
			}
		}
		while (changed);
		List<BigDecimal> numerators = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			numerators
				.add(capped[i] ? game.standAlone(i).multiply(uncappedWeight) : remaining.multiply(game.weight(i)));
		}
		return new ExactShares(numerators, uncappedWeight);
	}

}
