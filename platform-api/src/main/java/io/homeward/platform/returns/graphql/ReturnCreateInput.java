package io.homeward.platform.returns.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.homeward.platform.network.Program;
import io.homeward.platform.returns.Address;
import io.homeward.platform.returns.CustomerContact;
import io.homeward.platform.returns.ItemCondition;
import io.homeward.platform.returns.ItemGoodsClass;
import io.homeward.platform.returns.OriginalExport;
import io.homeward.platform.returns.ReturnCreate;
import io.homeward.platform.returns.ReturnReason;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * The {@code returnCreate} input as the schema declares it. Codes stay as the client
 * wrote them: the module's rules check and parse them; only the program's global id is
 * decoded here.
 */
record ReturnCreateInput(String idempotencyKey, String programId, String rmaNumber, ReturnReason reason,
		@Nullable String reasonNote, CustomerContactInput customer, AddressInput origin,
		@Nullable OriginalExportInput originalExport, List<ReturnItemInput> items,
		@Nullable List<ParcelInput> parcels) {

	ReturnCreate toCommand() {
		return new ReturnCreate(idempotencyKey, GlobalId.decodeOrNone(programId, Program.TYPE), rmaNumber, reason,
				reasonNote, customer.toContact(), origin.toAddress(),
				(originalExport != null) ? originalExport.toExport() : null,
				items.stream().map(ReturnItemInput::toItem).toList(),
				(parcels != null) ? parcels.stream().map(ParcelInput::toParcel).toList() : List.of());
	}

	record CustomerContactInput(String name, @Nullable String email, @Nullable String phone) {

		CustomerContact toContact() {
			return new CustomerContact(name, email, phone);
		}

	}

	record AddressInput(String line1, @Nullable String line2, String city, @Nullable String postalCode,
			@Nullable String region, String countryCode) {

		Address toAddress() {
			return new Address(line1, line2, city, postalCode, region, countryCode);
		}

	}

	record OriginalExportInput(String reference, LocalDate exportedOn) {

		OriginalExport toExport() {
			return new OriginalExport(reference, exportedOn);
		}

	}

	record DimensionsInput(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

		Dimensions toDimensions() {
			return new Dimensions(lengthCm, widthCm, heightCm);
		}

	}

	record ReturnItemInput(String sku, String description, String hsCode, String originCountry, int quantity,
			BigDecimal unitValue, String currency, BigDecimal weightKg, @Nullable DimensionsInput dimensions,
			ItemCondition condition, @Nullable String unNumber, @Nullable ItemGoodsClass goodsClass,
			@Nullable String wasteCode, @Nullable String parcelReference) {

		ReturnCreate.NewItem toItem() {
			return new ReturnCreate.NewItem(sku, description, hsCode, originCountry, quantity, unitValue, currency,
					weightKg, (dimensions != null) ? dimensions.toDimensions() : null, condition, unNumber, goodsClass,
					wasteCode, parcelReference);
		}

	}

	record ParcelInput(String reference, BigDecimal weightKg, DimensionsInput dimensions) {

		ReturnCreate.NewParcel toParcel() {
			return new ReturnCreate.NewParcel(reference, weightKg, dimensions.toDimensions());
		}

	}

}
