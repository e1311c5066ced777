package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.UUID;

import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One line of a return as the API shows it, codes in their normal form.
 *
 * @param wasteCode as the List of Waste writes it ("16 02 13*")
 * @param parcelReference the reference of the parcel the item travels in
 */
public record ReturnItem(UUID uuid, UUID returnId, int lineNumber, String sku, String description, String hsCode,
		String originCountry, int quantity, Money unitValue, BigDecimal weightKg, @Nullable Dimensions dimensions,
		ItemCondition condition, @Nullable String unNumber, ItemGoodsClass goodsClass, @Nullable String wasteCode,
		@Nullable String parcelReference) {

}
