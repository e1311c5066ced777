package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.shared.Dimensions;
import org.jspecify.annotations.Nullable;

/**
 * A new return as the API receives it. Fields the schema declares non-null may still be
 * null here when called from code; {@link ReturnRules} reports them.
 */
public record ReturnCreateInput(String idempotencyKey, String programId, String rmaNumber,
		@Nullable ReturnReason reason, @Nullable String reasonNote, CustomerContact customer, Address origin,
		@Nullable OriginalExport originalExport, List<ItemInput> items, @Nullable List<ParcelInput> parcels) {

	public record ItemInput(String sku, String description, String hsCode, String originCountry,
			@Nullable Integer quantity, @Nullable BigDecimal unitValue, String currency, @Nullable BigDecimal weightKg,
			@Nullable Dimensions dimensions, @Nullable ItemCondition condition, @Nullable String unNumber,
			@Nullable ItemGoodsClass goodsClass, @Nullable String wasteCode, @Nullable String parcelReference) {

		public ItemGoodsClass goodsClassOrDefault() {
			return (goodsClass != null) ? goodsClass : ItemGoodsClass.PRODUCT;
		}

	}

	public record ParcelInput(String reference, @Nullable BigDecimal weightKg, @Nullable Dimensions dimensions) {

	}

	public List<ParcelInput> parcelsOrEmpty() {
		return (parcels != null) ? parcels : List.of();
	}

}
