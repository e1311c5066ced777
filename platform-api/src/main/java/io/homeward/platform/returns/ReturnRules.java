package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.network.Program.GoodsClass;
import io.homeward.platform.network.ProgramAdmission;
import io.homeward.platform.returns.ReturnCreateInput.ItemInput;
import io.homeward.platform.returns.ReturnCreateInput.ParcelInput;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.UnNumber;
import io.homeward.platform.shared.WasteCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The rules a new return must satisfy: first its form (every field, all problems reported
 * at once), then the program's admission rules. Pure functions, tested without Spring.
 */
final class ReturnRules {

	static final int MAX_ITEMS = 200;

	static final int MAX_PARCELS = 50;

	private static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("30000");

	private static final BigDecimal MAX_DIMENSION_CM = new BigDecimal("1500");

	private static final BigDecimal MAX_UNIT_VALUE = new BigDecimal("1000000000");

	private static final String RMA_PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]*";

	private ReturnRules() {
	}

	static Violations checkForm(ReturnCreateInput input, LocalDate today) {
		Violations v = new Violations();
		v.pattern("input.idempotencyKey", input.idempotencyKey(), 128, "[\\x21-\\x7E]+",
				"printable ASCII without spaces");
		v.pattern("input.rmaNumber", input.rmaNumber(), 40, RMA_PATTERN,
				"letters, digits and . _ / - , starting with a letter or digit");
		if (input.reason() == null) {
			v.add("input.reason", CommonErrorCode.REQUIRED, "is required");
		}
		v.optionalText("input.reasonNote", input.reasonNote(), 1000);
		checkCustomer(v, input.customer());
		checkAddress(v, input.origin());
		checkExport(v, input.originalExport(), today);
		Set<String> parcelReferences = checkParcels(v, input.parcelsOrEmpty());
		checkItems(v, input.items(), parcelReferences);
		return v;
	}

	private static void checkCustomer(Violations v, @Nullable CustomerContact customer) {
		if (customer == null) {
			v.add("input.customer", CommonErrorCode.REQUIRED, "is required");
			return;
		}
		v.text("input.customer.name", customer.name(), 200);
		if (customer.email() != null) {
			v.pattern("input.customer.email", customer.email(), 254, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
					"an email address");
		}
		if (customer.phone() != null) {
			v.pattern("input.customer.phone", customer.phone(), 32, "\\+?[0-9 ()./-]{4,31}", "a phone number");
		}
	}

	private static void checkAddress(Violations v, @Nullable Address origin) {
		if (origin == null) {
			v.add("input.origin", CommonErrorCode.REQUIRED, "is required");
			return;
		}
		v.text("input.origin.line1", origin.line1(), 200);
		v.optionalText("input.origin.line2", origin.line2(), 200);
		v.text("input.origin.city", origin.city(), 100);
		v.optionalText("input.origin.postalCode", origin.postalCode(), 20);
		v.optionalText("input.origin.region", origin.region(), 100);
		v.parse("input.origin.countryCode", origin.countryCode(), CountryCode::parse, CommonErrorCode.INVALID_COUNTRY,
				"must be an ISO 3166-1 alpha-2 country code");
	}

	private static void checkExport(Violations v, @Nullable OriginalExport export, LocalDate today) {
		if (export == null) {
			return;
		}
		v.text("input.originalExport.reference", export.reference(), 64);
		if (export.exportedOn() == null) {
			v.add("input.originalExport.exportedOn", CommonErrorCode.REQUIRED, "is required");
		}
		else if (export.exportedOn().isAfter(today)) {
			v.add("input.originalExport.exportedOn", CommonErrorCode.OUT_OF_RANGE, "must not be in the future");
		}
	}

	private static Set<String> checkParcels(Violations v, List<ParcelInput> parcels) {
		Set<String> references = new HashSet<>();
		if (parcels.size() > MAX_PARCELS) {
			v.add("input.parcels", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_PARCELS + " parcels");
			return references;
		}
		for (int i = 0; i < parcels.size(); i++) {
			ParcelInput parcel = parcels.get(i);
			String at = "input.parcels." + i;
			if (v.pattern(at + ".reference", parcel.reference(), 40, RMA_PATTERN, "letters, digits and . _ / -")
					&& !references.add(parcel.reference())) {
				v.add(at + ".reference", CommonErrorCode.TAKEN, "is used by another parcel of this return");
			}
			v.decimal(at + ".weightKg", parcel.weightKg(), false, MAX_WEIGHT_KG, 3);
			if (parcel.dimensions() == null) {
				v.add(at + ".dimensions", CommonErrorCode.REQUIRED, "is required");
			}
			else {
				checkDimensions(v, at + ".dimensions", parcel.dimensions());
			}
		}
		return references;
	}

	private static void checkItems(Violations v, @Nullable List<ItemInput> items, Set<String> parcelReferences) {
		if (items == null || items.isEmpty()) {
			v.add("input.items", CommonErrorCode.REQUIRED, "a return needs at least one item");
			return;
		}
		if (items.size() > MAX_ITEMS) {
			v.add("input.items", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_ITEMS + " items");
			return;
		}
		for (int i = 0; i < items.size(); i++) {
			ItemInput item = items.get(i);
			String at = "input.items." + i;
			v.text(at + ".sku", item.sku(), 64);
			v.text(at + ".description", item.description(), 500);
			v.parse(at + ".hsCode", item.hsCode(), HsCode::parse, CommonErrorCode.INVALID_HS_CODE,
					"must be 6 to 10 digits in an HS chapter 01-97 other than 77");
			v.parse(at + ".originCountry", item.originCountry(), CountryCode::parse, CommonErrorCode.INVALID_COUNTRY,
					"must be an ISO 3166-1 alpha-2 country code");
			v.range(at + ".quantity", item.quantity(), 1, 100_000);
			if (v.parse(at + ".currency", item.currency(), Money::currency, CommonErrorCode.INVALID_CURRENCY,
					"must be an ISO 4217 currency code") != null) {
				v.decimal(at + ".unitValue", item.unitValue(), true, MAX_UNIT_VALUE, 2);
			}
			v.decimal(at + ".weightKg", item.weightKg(), false, MAX_WEIGHT_KG, 3);
			if (item.dimensions() != null) {
				checkDimensions(v, at + ".dimensions", item.dimensions());
			}
			if (item.condition() == null) {
				v.add(at + ".condition", CommonErrorCode.REQUIRED, "is required");
			}
			if (item.unNumber() != null) {
				v.parse(at + ".unNumber", item.unNumber(), UnNumber::parse, CommonErrorCode.INVALID_UN_NUMBER,
						"must be a UN number such as UN3481");
			}
			if (item.goodsClassOrDefault() == ItemGoodsClass.WASTE) {
				v.parse(at + ".wasteCode", item.wasteCode(), WasteCode::parse, CommonErrorCode.INVALID_WASTE_CODE,
						"must be a European Waste Catalogue code such as 16 02 14");
			}
			else if (item.wasteCode() != null) {
				v.add(at + ".wasteCode", CommonErrorCode.INVALID, "only waste items carry a waste code");
			}
			if (item.parcelReference() != null && !parcelReferences.contains(item.parcelReference())) {
				v.add(at + ".parcelReference", CommonErrorCode.NOT_FOUND, "names no parcel of this return");
			}
		}
	}

	private static void checkDimensions(Violations v, String at, Dimensions dimensions) {
		v.decimal(at + ".lengthCm", dimensions.lengthCm(), false, MAX_DIMENSION_CM, 1);
		v.decimal(at + ".widthCm", dimensions.widthCm(), false, MAX_DIMENSION_CM, 1);
		v.decimal(at + ".heightCm", dimensions.heightCm(), false, MAX_DIMENSION_CM, 1);
	}

	/** The program's rules, for an input whose form is valid. */
	static Violations checkAdmission(ReturnCreateInput input, ProgramAdmission program) {
		Violations v = new Violations();
		if (!program.activeMember()) {
			v.add("input.programId", NetworkErrorCode.NOT_A_MEMBER,
					"join the program before sending returns through it");
			return v;
		}
		if (!program.open()) {
			v.add("input.programId", NetworkErrorCode.PROGRAM_CLOSED, "the program takes no new returns");
			return v;
		}
		String country = CountryCode.parse(input.origin().countryCode()).orElseThrow().value();
		if (!program.originCountries().contains(country)) {
			v.add("input.origin.countryCode", NetworkErrorCode.ORIGIN_NOT_SERVED,
					"no lane of the program collects from " + country);
		}
		for (int i = 0; i < input.items().size(); i++) {
			ItemInput item = input.items().get(i);
			String at = "input.items." + i;
			if (item.goodsClassOrDefault() == ItemGoodsClass.WASTE
					&& !program.acceptedGoods().contains(GoodsClass.WASTE)) {
				v.add(at + ".goodsClass", NetworkErrorCode.GOODS_NOT_ACCEPTED, "the program does not accept waste");
			}
			if (item.goodsClassOrDefault() == ItemGoodsClass.PRODUCT
					&& !program.acceptedGoods().contains(GoodsClass.PRODUCT)) {
				v.add(at + ".goodsClass", NetworkErrorCode.GOODS_NOT_ACCEPTED, "the program does not accept products");
			}
			if (item.unNumber() != null && !program.acceptedGoods().contains(GoodsClass.DANGEROUS_GOODS)) {
				v.add(at + ".unNumber", NetworkErrorCode.GOODS_NOT_ACCEPTED,
						"the program does not accept dangerous goods");
			}
		}
		return v;
	}

}
