package io.homeward.platform.customs;

import java.math.BigDecimal;

import io.homeward.platform.shared.Money;

/**
 * The sums of the lines a reader may see: every line for the operator, its own for a
 * shipper.
 */
public record DeclarationTotals(int lines, int quantity, BigDecimal netKg, BigDecimal grossKg, Money statisticalValue) {

}
