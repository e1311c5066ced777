package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the caller may read of a load's cost split: its own statement line as a shipper,
 * every line and the reconciliation as the load's operator.
 *
 * @param reconciliation null for everyone but the operator
 */
public record CostStatements(UUID loadId, @Nullable Reconciliation reconciliation, List<Line> lines) {

	public CostStatements {
		lines = List.copyOf(lines);
	}

	/**
	 * The invoice against the lane's rate card for the load's chargeable weight.
	 *
	 * @param difference invoiced minus expected
	 * @param flagged the difference is more than the tolerance of the expected cost
	 */
	public record Reconciliation(String invoiceReference, String currency, BigDecimal invoiced, BigDecimal expected,
			BigDecimal difference, BigDecimal tolerancePercent, boolean flagged, BigDecimal chargeableKg,
			AllocationMethod methodRequested, AllocationMethod methodApplied, @Nullable AllocationFallback fallback) {

	}

	/**
	 * One shipper's part.
	 *
	 * @param shapleyError for a sampled Shapley value, the standard error of this
	 * shipper's estimate
	 */
	public record Line(UUID shipperId, String currency, BigDecimal chargeableKg, BigDecimal share,
			BigDecimal standAlonePrice, BigDecimal saving, AllocationMethod methodApplied,
			@Nullable AllocationFallback fallback, @Nullable BigDecimal shapleyError) {

	}

}
