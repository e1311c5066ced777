package io.homeward.platform.customs;

import java.util.UUID;

import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;

/** An item in a load, with what the waste papers need to know of it. */
record LoadItem(UUID itemId, UUID returnId, UUID shipperId, String sku, String rmaNumber, ItemGoodsClass goodsClass,
		@Nullable WasteCode wasteCode, CountryCode manufacturedIn) {

	/** How a message names the item: its SKU and its return's RMA. */
	String named() {
		return sku + " of return " + rmaNumber;
	}

}
