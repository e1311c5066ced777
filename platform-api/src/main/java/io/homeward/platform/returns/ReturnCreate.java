package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.shared.Dimensions;
import org.jspecify.annotations.Nullable;

/**
 * The command to create a return, with the codes as the client wrote them: the module's
 * rules check every field, report all problems at once and parse each code once. Fields a
 * caller may leave out, or get wrong, are nullable here even where the API requires them.
 *
 * @param idempotencyKey the client's key that makes retries safe
 * @param programId the program, {@code GlobalId.NONE} when the client's id names none
 * @param parcels may be empty; items name their parcel by {@link NewParcel#reference()}
 */
public record ReturnCreate(@Nullable String idempotencyKey, UUID programId, @Nullable String rmaNumber,
		@Nullable ReturnReason reason, @Nullable String reasonNote, @Nullable CustomerContact customer,
		@Nullable Address origin, @Nullable OriginalExport originalExport, @Nullable List<NewItem> items,
		List<NewParcel> parcels) {

	public ReturnCreate {
		parcels = List.copyOf(parcels);
	}

	/**
	 * One line of the return.
	 *
	 * @param hsCode 6 to 10 digits, dots and spaces allowed
	 * @param originCountry ISO 3166-1 alpha-2, any case
	 * @param currency ISO 4217 code of {@code unitValue}
	 * @param unNumber "UN3481", "UN 3481" or "3481"
	 * @param goodsClass PRODUCT when left out
	 * @param wasteCode a European Waste Catalogue code, for waste only
	 * @param parcelReference the reference of one of the command's parcels
	 */
	public record NewItem(@Nullable String sku, @Nullable String description, @Nullable String hsCode,
			@Nullable String originCountry, @Nullable Integer quantity, @Nullable BigDecimal unitValue,
			@Nullable String currency, @Nullable BigDecimal weightKg, @Nullable Dimensions dimensions,
			@Nullable ItemCondition condition, @Nullable String unNumber, @Nullable ItemGoodsClass goodsClass,
			@Nullable String wasteCode, @Nullable String parcelReference) {

		public ItemGoodsClass goodsClassOrDefault() {
			return (goodsClass != null) ? goodsClass : ItemGoodsClass.PRODUCT;
		}

	}

	/** A package of the return, with a reference unique within it. */
	public record NewParcel(@Nullable String reference, @Nullable BigDecimal weightKg,
			@Nullable Dimensions dimensions) {

	}

}
