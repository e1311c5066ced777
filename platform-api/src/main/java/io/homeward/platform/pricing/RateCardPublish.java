package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Publish the next version of a lane's rate card. Checked as a whole by
 * {@link RateCards#publish}, which reports every problem at once; paths of its errors
 * name these components ({@code breaks.0.pricePerKg}).
 *
 * @param laneId one of the caller's lanes
 * ({@link io.homeward.platform.shared.GlobalId#NONE} for an id that names none, answered
 * NOT_FOUND with the other problems)
 * @param currency the tariff's currency, or null when the client's code names no ISO 4217
 * currency: answered INVALID_CURRENCY with the other problems
 * @param validFrom the first instant the card is in force
 * @param validTo the instant it stops being in force, after {@code validFrom}; null for
 * open-ended
 */
public record RateCardPublish(UUID laneId, @Nullable Currency currency, OffsetDateTime validFrom,
		@Nullable OffsetDateTime validTo, List<WeightBreak> breaks, BigDecimal minimumCharge,
		BigDecimal fuelSurchargePercent, Accessorials accessorials, BigDecimal loadCapacityKg) {

	public RateCardPublish {
		breaks = List.copyOf(breaks);
	}

	/** The tariff to publish; only once the currency is known to be one. */
	Tariff tariff() {
		if (currency == null) {
			throw new IllegalStateException("A tariff needs a currency");
		}
		return new Tariff(currency.getCurrencyCode(), breaks, minimumCharge, fuelSurchargePercent, accessorials,
				loadCapacityKg);
	}

}
