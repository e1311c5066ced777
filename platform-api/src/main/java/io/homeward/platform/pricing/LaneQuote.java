package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.UUID;

import io.homeward.platform.shared.Money;

/**
 * Stand-alone against pooled: what the pieces cost sent alone as courier parcels (the
 * baseline), and the shipper's share of a consolidated load at the program's expected
 * fill.
 */
public record LaneQuote(UUID pooledLaneId, UUID standAloneLaneId, BigDecimal expectedFill, PriceBreakdown standAlone,
		PriceBreakdown pooled, Money saving, BigDecimal savingPercent, int transitDays, int rateCardVersion,
		int standAloneRateCardVersion) {

}
