package io.homeward.platform.consolidation;

import java.math.BigDecimal;

import io.homeward.platform.shared.UnNumber;

/**
 * An item of a parcel that carries a UN number, as returns record it
 * ({@code ReturnItem.unNumber()} and its weight).
 */
public record HazardousItem(UnNumber unNumber, BigDecimal weightKg) {

}
