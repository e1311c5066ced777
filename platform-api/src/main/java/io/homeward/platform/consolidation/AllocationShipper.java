package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One shipper of a load, as cost sharing sees it.
 *
 * @param chargeableKg W_i, the shipper's chargeable weight on the consolidated lane; 0
 * when it has nothing in the load
 * @param standAlonePrice A_i, what its parcels in the load would cost sent alone on the
 * program's courier lane (the sum of their PARCEL quotes), in the invoice's currency
 */
public record AllocationShipper(UUID shipperId, BigDecimal chargeableKg, BigDecimal standAlonePrice) {

	boolean inLoad() {
		return this.chargeableKg.signum() > 0;
	}

}
