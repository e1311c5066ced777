package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Record the carrier's invoice of a load and split it among the shippers in the load.
 *
 * @param currency ISO 4217 code, parsed by the service so that its rule can say what is
 * wrong with it
 * @param method how to split; null is {@link AllocationMethod#DEFAULT}
 * @param tolerancePercent how far the invoice may differ from the rate card's expected
 * cost before it is flagged; null is {@link LoadCosts#DEFAULT_TOLERANCE_PERCENT}
 */
public record LoadCostRecord(UUID loadId, BigDecimal amount, String currency, String invoiceReference,
		@Nullable AllocationMethod method, @Nullable BigDecimal tolerancePercent) {

}
