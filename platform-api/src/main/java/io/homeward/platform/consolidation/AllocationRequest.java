package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.shared.Money;

/**
 * What cost sharing needs of one load: the carrier's invoice, every shipper with its
 * weight and stand-alone price, and the consolidated lane's rate card.
 *
 * @param shippers every shipper of the load; one with no chargeable weight has nothing in
 * it and pays nothing
 * @throws IllegalArgumentException if an amount is negative or finer than the currency's
 * minor unit, a shipper appears twice, a shipper in the load has no stand-alone price, or
 * an invoice is billed for a load with nobody in it
 */
public record AllocationRequest(Money invoice, List<AllocationShipper> shippers, LaneRate rate) {

	public AllocationRequest {
		shippers = List.copyOf(shippers);
		List<String> problems = new ArrayList<>();
		int digits = invoice.currency().getDefaultFractionDigits();
		if (digits < 0) {
			problems.add("invoice.currency: " + invoice.currency() + " has no minor unit");
		}
		if (invoice.amount().signum() < 0 || !inMinorUnits(invoice.amount(), digits)) {
			problems.add("invoice.amount: must be a non-negative amount in " + invoice.currency() + "'s minor unit");
		}
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < shippers.size(); i++) {
			AllocationShipper shipper = shippers.get(i);
			if (!seen.add(shipper.shipperId())) {
				problems.add("shippers." + i + ".shipperId: appears twice");
			}
			if (shipper.chargeableKg().signum() < 0) {
				problems.add("shippers." + i + ".chargeableKg: must not be negative");
			}
			// Whole minor units keep the cap exact after rounding: a share rounded up to
			// the next cent can then never pass its stand-alone price.
			if (shipper.standAlonePrice().signum() < 0 || !inMinorUnits(shipper.standAlonePrice(), digits)) {
				problems.add("shippers." + i + ".standAlonePrice: must be a non-negative amount in the minor unit");
			}
			else if (shipper.inLoad() && shipper.standAlonePrice().signum() == 0) {
				problems.add("shippers." + i + ".standAlonePrice: a shipper with parcels in the load has one");
			}
		}
		if (invoice.amount().signum() > 0 && shippers.stream().noneMatch(AllocationShipper::inLoad)) {
			problems.add("shippers: an invoice needs at least one shipper with chargeable weight in the load");
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("invalid allocation request: " + String.join("; ", problems));
		}
	}

	private static boolean inMinorUnits(BigDecimal amount, int digits) {
		return amount.stripTrailingZeros().scale() <= Math.max(digits, 0);
	}

}
