package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.UUID;

import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A shipper's part of a load's invoice.
 *
 * @param share what it pays, in the invoice's minor unit; the shares of a load sum to the
 * invoice exactly
 * @param saving stand-alone price minus share; negative when the method charges more than
 * going alone (possible only for the Shapley value, and when the invoice exceeds the sum
 * of the stand-alone prices)
 * @param standardError for a sampled Shapley value, the standard error of this shipper's
 * estimate before rounding, in the currency; null otherwise
 */
public record ShipperShare(UUID shipperId, Money share, Money standAlonePrice, Money saving,
		@Nullable BigDecimal standardError) {

}
