package io.homeward.platform.customs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.homeward.platform.returns.ItemCondition;
import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * An item in a load as relief sees it: where it was made, its condition, its return's
 * original export (both null when none is recorded) and the load it travels in.
 */
record ReliefFacts(UUID itemId, UUID loadId, ItemGoodsClass goodsClass, CountryCode manufacturedIn,
		ItemCondition condition, @Nullable String exportReference, @Nullable LocalDate exportedOn,
		OffsetDateTime departureAt, CountryCode originHubCountry, CountryCode destinationHubCountry) {

}
