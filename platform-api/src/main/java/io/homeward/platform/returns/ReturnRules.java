package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.network.Program.GoodsClass;
import io.homeward.platform.network.ProgramAdmission;
import io.homeward.platform.returns.ReturnCreate.NewItem;
import io.homeward.platform.returns.ReturnCreate.NewParcel;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UnNumber;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;

/**
 * The rules a new return must satisfy: first its form (every field, all problems reported
 * at once, each code parsed once into its value type), then the program's admission rules
 * on the accepted {@link ReturnDraft}. Error fields are paths into the command
 * ({@code items.0.hsCode}). Pure functions, tested without Spring.
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

	/**
	 * The command's form: a draft with every code parsed, or every violation found. A
	 * value left null on the way has recorded a violation, so the draft is only built
	 * complete.
	 */
	static Outcome<ReturnDraft> checkForm(ReturnCreate command, LocalDate today) {
		Violations v = new Violations();
		v.pattern("idempotencyKey", command.idempotencyKey(), 128, "[\\x21-\\x7E]+", "printable ASCII without spaces");
		if (command.programId().equals(GlobalId.NONE)) {
			// Not an id of ours: reported with the other problems, like an unknown
			// program.
			v.add("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		v.pattern("rmaNumber", command.rmaNumber(), 40, RMA_PATTERN,
				"letters, digits and . _ / - , starting with a letter or digit");
		if (command.reason() == null) {
			v.add("reason", CommonErrorCode.REQUIRED, "is required");
		}
		v.optionalText("reasonNote", command.reasonNote(), 1000);
		checkCustomer(v, command.customer());
		ReturnDraft.Origin origin = checkOrigin(v, command.origin());
		checkExport(v, command.originalExport(), today);
		List<ReturnDraft.Parcel> parcels = checkParcels(v, command.parcels());
		Set<String> references = new HashSet<>();
		parcels.forEach((parcel) -> references.add(parcel.reference()));
		List<ReturnDraft.Item> items = checkItems(v, command.items(), references);
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		return Outcome
			.done(new ReturnDraft(command.idempotencyKey(), command.programId(), command.rmaNumber(), command.reason(),
					command.reasonNote(), command.customer(), origin, command.originalExport(), items, parcels));
	}

	private static void checkCustomer(Violations v, @Nullable CustomerContact customer) {
		if (customer == null) {
			v.add("customer", CommonErrorCode.REQUIRED, "is required");
			return;
		}
		v.text("customer.name", customer.name(), 200);
		if (customer.email() != null) {
			v.pattern("customer.email", customer.email(), 254, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an email address");
		}
		if (customer.phone() != null) {
			v.pattern("customer.phone", customer.phone(), 32, "\\+?[0-9 ()./-]{4,31}", "a phone number");
		}
	}

	private static ReturnDraft.@Nullable Origin checkOrigin(Violations v, @Nullable Address origin) {
		if (origin == null) {
			v.add("origin", CommonErrorCode.REQUIRED, "is required");
			return null;
		}
		boolean valid = v.text("origin.line1", origin.line1(), 200);
		valid &= v.optionalText("origin.line2", origin.line2(), 200);
		valid &= v.text("origin.city", origin.city(), 100);
		valid &= v.optionalText("origin.postalCode", origin.postalCode(), 20);
		valid &= v.optionalText("origin.region", origin.region(), 100);
		CountryCode country = v.parse("origin.countryCode", origin.countryCode(), CountryCode::parse,
				CommonErrorCode.INVALID_COUNTRY, "must be an ISO 3166-1 alpha-2 country code");
		return (valid && country != null) ? new ReturnDraft.Origin(origin.line1(), origin.line2(), origin.city(),
				origin.postalCode(), origin.region(), country) : null;
	}

	private static void checkExport(Violations v, @Nullable OriginalExport export, LocalDate today) {
		if (export == null) {
			return;
		}
		v.text("originalExport.reference", export.reference(), 64);
		if (export.exportedOn() == null) {
			v.add("originalExport.exportedOn", CommonErrorCode.REQUIRED, "is required");
		}
		else if (export.exportedOn().isAfter(today)) {
			v.add("originalExport.exportedOn", CommonErrorCode.OUT_OF_RANGE, "must not be in the future");
		}
	}

	private static List<ReturnDraft.Parcel> checkParcels(Violations v, List<NewParcel> parcels) {
		List<ReturnDraft.Parcel> checked = new ArrayList<>();
		if (parcels.size() > MAX_PARCELS) {
			v.add("parcels", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_PARCELS + " parcels");
			return checked;
		}
		Set<String> references = new HashSet<>();
		for (int i = 0; i < parcels.size(); i++) {
			NewParcel parcel = parcels.get(i);
			String at = "parcels." + i;
			boolean valid = v.pattern(at + ".reference", parcel.reference(), 40, RMA_PATTERN,
					"letters, digits and . _ / -");
			if (valid && !references.add(parcel.reference())) {
				v.add(at + ".reference", CommonErrorCode.TAKEN, "is used by another parcel of this return");
				valid = false;
			}
			valid &= v.decimal(at + ".weightKg", parcel.weightKg(), false, MAX_WEIGHT_KG, 3);
			if (parcel.dimensions() == null) {
				v.add(at + ".dimensions", CommonErrorCode.REQUIRED, "is required");
				valid = false;
			}
			else {
				valid &= checkDimensions(v, at + ".dimensions", parcel.dimensions());
			}
			if (valid) {
				checked.add(new ReturnDraft.Parcel(parcel.reference(), parcel.weightKg(), parcel.dimensions()));
			}
		}
		return checked;
	}

	private static List<ReturnDraft.Item> checkItems(Violations v, @Nullable List<NewItem> items,
			Set<String> parcelReferences) {
		List<ReturnDraft.Item> checked = new ArrayList<>();
		if (items == null || items.isEmpty()) {
			v.add("items", CommonErrorCode.REQUIRED, "a return needs at least one item");
			return checked;
		}
		if (items.size() > MAX_ITEMS) {
			v.add("items", CommonErrorCode.OUT_OF_RANGE, "at most " + MAX_ITEMS + " items");
			return checked;
		}
		for (int i = 0; i < items.size(); i++) {
			ReturnDraft.Item item = checkItem(v, "items." + i, items.get(i), parcelReferences);
			if (item != null) {
				checked.add(item);
			}
		}
		return checked;
	}

	private static ReturnDraft.@Nullable Item checkItem(Violations v, String at, NewItem item,
			Set<String> parcelReferences) {
		int before = v.errors().size();
		v.text(at + ".sku", item.sku(), 64);
		v.text(at + ".description", item.description(), 500);
		HsCode hsCode = v.parse(at + ".hsCode", item.hsCode(), HsCode::parse, CommonErrorCode.INVALID_HS_CODE,
				"must be 6 to 10 digits in an HS chapter 01-97 other than 77");
		CountryCode originCountry = v.parse(at + ".originCountry", item.originCountry(), CountryCode::parse,
				CommonErrorCode.INVALID_COUNTRY, "must be an ISO 3166-1 alpha-2 country code");
		v.range(at + ".quantity", item.quantity(), 1, 100_000);
		Money unitValue = null;
		Currency currency = v.parse(at + ".currency", item.currency(), Money::currency,
				CommonErrorCode.INVALID_CURRENCY, "must be an ISO 4217 currency code");
		if (currency != null && v.decimal(at + ".unitValue", item.unitValue(), true, MAX_UNIT_VALUE, 2)) {
			unitValue = new Money(item.unitValue(), currency);
		}
		v.decimal(at + ".weightKg", item.weightKg(), false, MAX_WEIGHT_KG, 3);
		if (item.dimensions() != null) {
			checkDimensions(v, at + ".dimensions", item.dimensions());
		}
		if (item.condition() == null) {
			v.add(at + ".condition", CommonErrorCode.REQUIRED, "is required");
		}
		UnNumber unNumber = v.parseOptional(at + ".unNumber", item.unNumber(), UnNumber::parse,
				CommonErrorCode.INVALID_UN_NUMBER, "must be a UN number such as UN3481");
		WasteCode wasteCode = null;
		if (item.goodsClassOrDefault() == ItemGoodsClass.WASTE) {
			wasteCode = v.parse(at + ".wasteCode", item.wasteCode(), WasteCode::parse,
					CommonErrorCode.INVALID_WASTE_CODE, "must be a European Waste Catalogue code such as 16 02 14");
		}
		else if (item.wasteCode() != null) {
			v.add(at + ".wasteCode", CommonErrorCode.INVALID, "only waste items carry a waste code");
		}
		if (item.parcelReference() != null && !parcelReferences.contains(item.parcelReference())) {
			v.add(at + ".parcelReference", CommonErrorCode.NOT_FOUND, "names no parcel of this return");
		}
		if (v.errors().size() > before) {
			return null;
		}
		return new ReturnDraft.Item(item.sku(), item.description(), hsCode, originCountry, item.quantity(), unitValue,
				item.weightKg(), item.dimensions(), item.condition(), unNumber, item.goodsClassOrDefault(), wasteCode,
				item.parcelReference());
	}

	private static boolean checkDimensions(Violations v, String at, Dimensions dimensions) {
		boolean valid = v.decimal(at + ".lengthCm", dimensions.lengthCm(), false, MAX_DIMENSION_CM, 1);
		valid &= v.decimal(at + ".widthCm", dimensions.widthCm(), false, MAX_DIMENSION_CM, 1);
		valid &= v.decimal(at + ".heightCm", dimensions.heightCm(), false, MAX_DIMENSION_CM, 1);
		return valid;
	}

	/** The program's rules, for a draft whose form is valid. */
	static Violations checkAdmission(ReturnDraft draft, ProgramAdmission program) {
		Violations v = new Violations();
		if (!program.activeMember()) {
			v.add("programId", NetworkErrorCode.NOT_A_MEMBER, "join the program before sending returns through it");
			return v;
		}
		if (!program.open()) {
			v.add("programId", NetworkErrorCode.PROGRAM_CLOSED, "the program takes no new returns");
			return v;
		}
		String country = draft.origin().country().value();
		if (!program.originCountries().contains(country)) {
			v.add("origin.countryCode", NetworkErrorCode.ORIGIN_NOT_SERVED,
					"no lane of the program collects from " + country);
		}
		for (int i = 0; i < draft.items().size(); i++) {
			ReturnDraft.Item item = draft.items().get(i);
			String at = "items." + i;
			if (item.goodsClass() == ItemGoodsClass.WASTE && !program.acceptedGoods().contains(GoodsClass.WASTE)) {
				v.add(at + ".goodsClass", NetworkErrorCode.GOODS_NOT_ACCEPTED, "the program does not accept waste");
			}
			if (item.goodsClass() == ItemGoodsClass.PRODUCT && !program.acceptedGoods().contains(GoodsClass.PRODUCT)) {
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
