package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The prices of one lane in one currency (ISO 4217).
 *
 * @param currency ISO 4217 code; amounts are rounded to its default fraction digits
 * @param breaks weight breaks sorted by {@code fromKg}, strictly increasing, the first
 * starting at 0 kg
 * @param minimumCharge the least freight charged, before surcharges
 * @param fuelSurchargePercent 0 to 100, applied to freight after the negotiated
 * adjustment
 * @param accessorials flat fees per shipment
 * @param loadCapacityKg the consolidated unit this tariff prices (24000 for a truck, for
 * example); pooled quotes spread its cost pro rata
 * @see QuoteCalculator#validate(Tariff)
 */
public record Tariff(String currency, List<WeightBreak> breaks, BigDecimal minimumCharge,
		BigDecimal fuelSurchargePercent, Accessorials accessorials, BigDecimal loadCapacityKg) {

	public Tariff {
		breaks = List.copyOf(breaks);
	}

}
