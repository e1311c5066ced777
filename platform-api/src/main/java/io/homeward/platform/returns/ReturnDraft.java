package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.UnNumber;
import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ReturnCreate} whose form {@link ReturnRules} accepted: every code parsed into
 * its value type, every required field present. The program's rules and the aggregate
 * work on this, never on the raw command.
 */
record ReturnDraft(String idempotencyKey, UUID programId, String rmaNumber, ReturnReason reason,
		@Nullable String reasonNote, CustomerContact customer, Origin origin, @Nullable OriginalExport originalExport,
		List<Item> items, List<Parcel> parcels) {

	ReturnDraft {
		items = List.copyOf(items);
		parcels = List.copyOf(parcels);
	}

	/** Where the goods are collected. */
	record Origin(String line1, @Nullable String line2, String city, @Nullable String postalCode,
			@Nullable String region, CountryCode country) {

	}

	record Item(String sku, String description, HsCode hsCode, CountryCode originCountry, int quantity, Money unitValue,
			BigDecimal weightKg, @Nullable Dimensions dimensions, ItemCondition condition, @Nullable UnNumber unNumber,
			ItemGoodsClass goodsClass, @Nullable WasteCode wasteCode, @Nullable String parcelReference) {

	}

	record Parcel(String reference, BigDecimal weightKg, Dimensions dimensions) {

	}

}
