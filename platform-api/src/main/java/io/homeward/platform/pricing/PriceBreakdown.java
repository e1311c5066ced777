package io.homeward.platform.pricing;

import java.math.BigDecimal;

/**
 * A priced shipment, line by line, so a quote can show how its total came about. Weights
 * have scale 3; amounts have the currency's default fraction digits, and {@code total} is
 * exactly {@code freight + adjustment + fuelSurcharge + accessorials}.
 *
 * @param ratePerKg the price per kg of the weight break that was applied (for a pooled
 * share, the load's break)
 * @param adjustment the negotiated discount (negative) or markup (positive) on freight
 */
public record PriceBreakdown(String currency, BigDecimal actualKg, BigDecimal volumetricKg, BigDecimal chargeableKg,
		BigDecimal ratePerKg, BigDecimal freight, BigDecimal fuelSurcharge, BigDecimal accessorials,
		BigDecimal adjustment, BigDecimal total) {

}
