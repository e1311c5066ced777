package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A customer's request to start a return at a shipper's self-service page, as typed.
 * Items are products the customer holds: no UN number, waste code or parcels, which a
 * shipper states on the returns it creates itself.
 *
 * @param idempotencyKey the page's key for this one submission, so that a double click
 * makes one return
 * @param handle the shipper's self-service address
 * @param consent whether the customer agreed to the shipper's privacy notice
 */
public record SelfServiceStart(@Nullable String idempotencyKey, @Nullable String handle, @Nullable ReturnReason reason,
		@Nullable String reasonNote, @Nullable CustomerContact customer, @Nullable Address origin,
		@Nullable List<Item> items, boolean consent) {

	/** One line of the return, as on the customer's order or receipt. */
	public record Item(@Nullable String sku, @Nullable String description, @Nullable String hsCode,
			@Nullable String originCountry, @Nullable Integer quantity, @Nullable BigDecimal unitValue,
			@Nullable String currency, @Nullable BigDecimal weightKg, @Nullable ItemCondition condition) {

		ReturnCreate.NewItem toNewItem() {
			return new ReturnCreate.NewItem(sku, description, hsCode, originCountry, quantity, unitValue, currency,
					weightKg, null, condition, null, ItemGoodsClass.PRODUCT, null, null);
		}

	}

}
