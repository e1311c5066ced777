package io.homeward.platform.pricing;

import java.math.BigDecimal;

/**
 * One step of a tariff: the price per chargeable kg that applies from {@code fromKg}
 * (inclusive) up to the next break.
 */
public record WeightBreak(BigDecimal fromKg, BigDecimal pricePerKg) {

}
