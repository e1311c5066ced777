package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A new version of a lane's rate card, as the API receives it. */
public record RateCardPublishInput(String laneId, String currency, OffsetDateTime validFrom,
		@Nullable OffsetDateTime validTo, List<WeightBreak> breaks, BigDecimal minimumCharge,
		BigDecimal fuelSurchargePercent, Accessorials accessorials, BigDecimal loadCapacityKg) {

}
