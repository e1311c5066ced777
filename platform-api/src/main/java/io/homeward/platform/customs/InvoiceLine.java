package io.homeward.platform.customs;

import java.math.BigDecimal;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One line of a commercial invoice: the goods, their HS code with its national extension,
 * their country of origin, the quantity, the net and gross weight in kilograms, the unit
 * value and the export the goods first left under, if one is known. The export belongs to
 * the line, not the invoice: one shipper's goods in a load come from several returns,
 * each with its own original export or none. The line value is the unit value times the
 * quantity, exactly; a product finer than the currency's minor unit is refused rather
 * than rounded, so the totals are the sum of what is printed.
 */
public record InvoiceLine(String description, HsCode hsCode, CountryCode origin, BigDecimal quantity, BigDecimal netKg,
		BigDecimal grossKg, Money unitValue, @Nullable ExportReference originalExport) {

	public InvoiceLine {
		if (description.isBlank()) {
			throw new IllegalArgumentException("An invoice line needs a description of the goods");
		}
		if (quantity.signum() <= 0) {
			throw new IllegalArgumentException(
					"The quantity of '" + description + "' must be more than zero, not " + quantity.toPlainString());
		}
		if (netKg.signum() <= 0) {
			throw new IllegalArgumentException(
					"The net weight of '" + description + "' must be more than zero, not " + netKg.toPlainString());
		}
		if (grossKg.compareTo(netKg) < 0) {
			throw new IllegalArgumentException("The gross weight of '" + description + "' (" + grossKg.toPlainString()
					+ " kg) is less than its net weight (" + netKg.toPlainString() + " kg)");
		}
		if (unitValue.amount().signum() < 0) {
			throw new IllegalArgumentException("The unit value of '" + description + "' must not be negative, not "
					+ unitValue.amount().toPlainString());
		}
		BigDecimal value = unitValue.amount().multiply(quantity);
		int minorDigits = unitValue.currency().getDefaultFractionDigits();
		if (value.stripTrailingZeros().scale() > Math.max(minorDigits, 0)) {
			throw new IllegalArgumentException("The value of '" + description + "' (" + value.toPlainString() + " "
					+ unitValue.currency() + ") is finer than the currency's minor unit");
		}
	}

	public Money lineValue() {
		int minorDigits = Math.max(this.unitValue.currency().getDefaultFractionDigits(), 0);
		// setScale without rounding: the constructor refused a product finer than this.
		return new Money(this.unitValue.amount().multiply(this.quantity).setScale(minorDigits),
				this.unitValue.currency());
	}

}
