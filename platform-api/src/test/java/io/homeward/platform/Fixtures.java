package io.homeward.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;

/** The demo data's fixed ids, and inputs that pass every rule. */
public final class Fixtures {

	public static final UUID OPERATOR = UUID.fromString("11111111-1111-4111-8111-111111111111");

	public static final UUID ACME = UUID.fromString("22222222-2222-4222-8222-222222222222");

	public static final UUID GLOBEX = UUID.fromString("33333333-3333-4333-8333-333333333333");

	public static final UUID CARRIER = UUID.fromString("44444444-4444-4444-8444-444444444444");

	public static final UUID EU_CONSUMER = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	public static final UUID GLOBAL_RECOVERY = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	private Fixtures() {
	}

	public static Tenant tenant(UUID org, OrganizationKind kind) {
		return new Tenant(org, kind, "test-" + org, "test", Set.of("org-admin"));
	}

	public static String programId(UUID program) {
		return GlobalId.encode("Program", program);
	}

	/**
	 * A valid returnCreate input from Madrid into EU-CONSUMER: a tent and a headlamp with
	 * a battery.
	 */
	public static Map<String, Object> returnInput(String idempotencyKey, String rmaNumber) {
		Map<String, Object> input = new HashMap<>();
		input.put("idempotencyKey", idempotencyKey);
		input.put("programId", programId(EU_CONSUMER));
		input.put("rmaNumber", rmaNumber);
		input.put("reason", "DEFECTIVE");
		input.put("reasonNote", "Zip broken");
		input.put("customer", Map.of("name", "Lucía Pérez", "email", "lucia@example.com", "phone", "+34 600 111 222"));
		input.put("origin",
				Map.of("line1", "Calle de Alcalá 50", "city", "Madrid", "postalCode", "28014", "countryCode", "ES"));
		input.put("originalExport", Map.of("reference", "26ES000000000001A1", "exportedOn", "2026-03-02"));
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(new HashMap<>(Map.of("sku", "TENT-2P", "description", "Two-person tent", "hsCode", "6306.22",
				"originCountry", "CN", "quantity", 1, "unitValue", "249.00", "currency", "EUR", "weightKg", "2.4",
				"condition", "DEFECTIVE", "parcelReference", "P1")));
		items.add(new HashMap<>(Map.of("sku", "LAMP-300", "description", "Headlamp with lithium-ion battery", "hsCode",
				"851310", "originCountry", "CN", "quantity", 2, "unitValue", "39.90", "currency", "EUR", "weightKg",
				"0.12", "condition", "OPENED", "unNumber", "UN3481")));
		input.put("items", items);
		input.put("parcels", List.of(Map.of("reference", "P1", "weightKg", "3.1", "dimensions",
				Map.of("lengthCm", "60", "widthCm", "30", "heightCm", "25"))));
		return input;
	}

	public static final String RETURN_FIELDS = """
			id rmaNumber status statusNote trackingCode reason reasonNote
			program { code } shipper { name }
			originCity originCountry origin { line1 countryCode city }
			originalExport { reference exportedOn }
			customer { name email }
			items { lineNumber sku hsCode unNumber goodsClass wasteCode unitValue { amount currency } parcelReference }
			parcels { reference weightKg dimensions { lengthCm } }
			""";

	public static final String CREATE = """
			mutation($input: ReturnCreateInput!) {
			  returnCreate(input: $input) {
			    return { %s }
			    userErrors { field code message }
			  }
			}""".formatted(RETURN_FIELDS);

}
