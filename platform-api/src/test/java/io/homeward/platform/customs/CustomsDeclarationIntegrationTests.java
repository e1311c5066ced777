package io.homeward.platform.customs;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.ScratchLoads.ScratchLoad;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customs declarations over HTTP with real tokens, on scratch loads (São Paulo to
 * Rotterdam, a customs border): the lines and totals to the cent and the gram, every
 * refusal, lodgement and every status path, what each organization reads (the operator
 * all, a shipper the header and its own lines, the carrier the header and no value), the
 * cross-tenant matrix of the query, the node and each mutation, the statements of a read,
 * and the dispatch check's codes.
 */
@IntegrationTest
class CustomsDeclarationIntegrationTests {

	static final String FIELDS = """
			id status customsReference holdReason currency exportCountry importCountry version createdAt
			load { reference }
			exchangeRates { currency rate }
			lines { lineNumber shipper { name } hsCode originCountry quantity netKg grossKg
			        statisticalValue { amount currency } }
			totals { lines quantity netKg grossKg statisticalValue { amount currency } }""";

	static final String QUERY = "query($loadId: ID!) { customsDeclaration(loadId: $loadId) { " + FIELDS + " } }";

	static final String NODE = "query($id: ID!) { node(id: $id) { ... on CustomsDeclaration { " + FIELDS + " } } }";

	static final String CREATE = """
			mutation($input: CustomsDeclarationCreateInput!) {
			  customsDeclarationCreate(input: $input) { declaration { id status version lines { lineNumber } }
			    userErrors { field code message } } }""";

	static final String LODGE = """
			mutation($input: CustomsDeclarationLodgeInput!) {
			  customsDeclarationLodge(input: $input) { declaration { id status customsReference version }
			    userErrors { field code message } } }""";

	static final String STATUS = """
			mutation($input: CustomsDeclarationStatusRecordInput!) {
			  customsDeclarationStatusRecord(input: $input) {
			    declaration { id status customsReference holdReason version } userErrors { field code message } } }""";

	static final String DISPATCH = """
			mutation($input: LoadTransitionInput!) {
			  loadDispatch(input: $input) { load { status } userErrors { field code message subject } } }""";

	/** An MRN of the Union's form: 26, NL, then 14 letters or digits. */
	static final String MRN = "26NL0000000001ABA5";

	static final List<String> MY_DISPATCH_CODES = List.of("CUSTOMS_DECLARATION_MISSING",
			"CUSTOMS_DECLARATION_NOT_LODGED", "CUSTOMS_DECLARATION_HELD");

	@LocalServerPort
	int port;

	static String load(ScratchLoad load) {
		return GlobalId.encode("Load", load.loadId());
	}

	static Map<String, Object> createInput(String loadId, String currency, List<Map<String, Object>> rates) {
		return new HashMap<>(Map.of("idempotencyKey", UUID.randomUUID().toString(), "loadId", loadId, "currency",
				currency, "exchangeRates", rates));
	}

	static final List<Map<String, Object>> USD_RATE = List.of(Map.of("currency", "USD", "rate", "0.9137"));

	DocumentContext create(String user, Map<String, Object> input) {
		return Api.as(port, user).execute(CREATE, Map.of("input", input)).data();
	}

	/** A declaration of the load in EUR at 0.9137 EUR per USD, by the operator. */
	String declare(ScratchLoad load) {
		DocumentContext created = create("operator", createInput(load(load), "EUR", USD_RATE));
		assertThat(created.<List<Object>>read("$.data.customsDeclarationCreate.userErrors")).isEmpty();
		return created.read("$.data.customsDeclarationCreate.declaration.id");
	}

	DocumentContext query(String user, String loadId) {
		return Api.as(port, user).execute(QUERY, Map.of("loadId", loadId)).data();
	}

	DocumentContext node(String user, String id) {
		return Api.as(port, user).execute(NODE, Map.of("id", id)).data();
	}

	DocumentContext lodge(String user, String id, int version, String reference) {
		return Api.as(port, user)
			.execute(LODGE,
					Map.of("input", Map.of("declarationId", id, "version", version, "customsReference", reference)))
			.data();
	}

	DocumentContext status(String user, String id, int version, String status, String reason) {
		Map<String, Object> input = new HashMap<>(Map.of("declarationId", id, "version", version, "status", status));
		if (reason != null) {
			input.put("reason", reason);
		}
		return Api.as(port, user).execute(STATUS, Map.of("input", input)).data();
	}

	static List<String> codes(DocumentContext payload, String field) {
		return payload.read("$.data." + field + ".userErrors[*].code");
	}

	static List<String> errors(DocumentContext payload, String field) {
		List<Map<String, Object>> errors = payload.read("$.data." + field + ".userErrors");
		return errors.stream()
			.map((e) -> String.join(".", (List<String>) e.get("field")) + " " + e.get("code"))
			.toList();
	}

	/**
	 * The load with Globex's parcel taken out before anything is declared: Globex has
	 * nothing in it, so sees neither the load nor its declaration.
	 */
	static ScratchLoad acmeOnly() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator, "delete from unit_parcel where parcel_id = '" + load.globexParcel() + "'");
			RlsProbe.update(operator, "update load_shipper set parcels = 0 where load_id = '" + load.loadId()
					+ "' and shipper_id = '" + Fixtures.GLOBEX + "'");
			operator.commit();
		}
		return load;
	}

	@Test
	void theOperatorDeclaresEachShippersGoodsByHsCodeAndOriginToTheCentAndTheGram() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		String id = declare(load);
		DocumentContext read = query("operator", load(load));
		String at = "$.data.customsDeclaration.";
		assertThat(read.<String>read(at + "id")).isEqualTo(id);
		assertThat(read.<String>read(at + "status")).isEqualTo("DRAFT");
		assertThat(read.<String>read(at + "customsReference")).isNull();
		assertThat(read.<String>read(at + "exportCountry")).isEqualTo("BR");
		assertThat(read.<String>read(at + "importCountry")).isEqualTo("NL");
		assertThat(read.<String>read(at + "load.reference")).isEqualTo(load.reference());
		assertThat(read.<List<Map<String, Object>>>read(at + "exchangeRates"))
			.containsExactly(Map.of("currency", "USD", "rate", "0.9137"));
		List<Map<String, Object>> lines = read.read(at + "lines");
		assertThat(lines)
			.extracting((l) -> l.get("lineNumber") + " " + ((Map<?, ?>) l.get("shipper")).get("name") + " "
					+ l.get("hsCode") + " " + l.get("originCountry") + " " + l.get("quantity") + " " + l.get("netKg")
					+ " " + l.get("grossKg") + " " + ((Map<?, ?>) l.get("statisticalValue")).get("amount") + " "
					+ ((Map<?, ?>) l.get("statisticalValue")).get("currency"))
			.containsExactly("1 Acme Outdoor 846721 CN 1 1.800 1.946 129.90 EUR",
					"2 Acme Outdoor 85167100 DE 2 13.000 14.054 778.00 EUR",
					"3 Globex Electronics 851762 US 3 0.150 0.179 545.48 EUR",
					"4 Globex Electronics 854991 CN 5 8.500 10.166 27.41 EUR",
					"5 Globex Electronics 854999 CN 40 6.400 7.655 54.82 EUR");
		assertThat(read.<Map<String, Object>>read(at + "totals")).isEqualTo(Map.of("lines", 5, "quantity", 51, "netKg",
				"29.850", "grossKg", "34.000", "statisticalValue", Map.of("amount", "1535.61", "currency", "EUR")));
		// The parcels' weights, 16 and 18 kg, are the declaration's gross mass exactly.
		assertThat(node("operator", id).jsonString())
			.isEqualTo(read.jsonString().replace("customsDeclaration", "node"));
	}

	@Test
	void eachShipperReadsTheHeaderAndItsOwnLinesAndTheCarrierTheHeaderWithoutAnyValue() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		String id = declare(load);
		String at = "$.data.customsDeclaration.";

		DocumentContext acme = query("acme", load(load));
		assertThat(acme.<String>read(at + "id")).isEqualTo(id);
		assertThat(acme.<List<String>>read(at + "lines[*].hsCode")).containsExactly("846721", "85167100");
		assertThat(acme.<List<String>>read(at + "lines[*].shipper.name")).containsOnly("Acme Outdoor");
		assertThat(acme.<List<Object>>read(at + "exchangeRates")).isEmpty();
		assertThat(acme.<Map<String, Object>>read(at + "totals")).isEqualTo(Map.of("lines", 2, "quantity", 3, "netKg",
				"14.800", "grossKg", "16.000", "statisticalValue", Map.of("amount", "907.90", "currency", "EUR")));
		assertThat(acme.jsonString()).doesNotContain("Globex", "854999", "545.48", "0.9137");

		DocumentContext globex = query("globex", load(load));
		assertThat(globex.<List<String>>read(at + "lines[*].hsCode")).containsExactly("851762", "854991", "854999");
		assertThat(globex.<List<Integer>>read(at + "lines[*].lineNumber")).containsExactly(3, 4, 5);
		assertThat(globex.jsonString()).doesNotContain("Acme", "85167100", "778.00", "0.9137");

		DocumentContext carrier = query("carrier", load(load));
		assertThat(carrier.<String>read(at + "id")).isEqualTo(id);
		assertThat(carrier.<String>read(at + "status")).isEqualTo("DRAFT");
		assertThat(carrier.<List<Object>>read(at + "lines")).isEmpty();
		assertThat(carrier.<List<Object>>read(at + "exchangeRates")).isEmpty();
		assertThat(carrier.<Object>read(at + "totals")).isNull();
		assertThat(carrier.jsonString()).doesNotContain("amount", "Acme", "Globex", "0.9137");
		// The node answers alike.
		assertThat(node("acme", id).jsonString()).isEqualTo(acme.jsonString().replace("customsDeclaration", "node"));
		assertThat(node("carrier", id).jsonString())
			.isEqualTo(carrier.jsonString().replace("customsDeclaration", "node"));

		// The carrier reads the reference once lodged.
		lodge("operator", id, 0, MRN);
		assertThat(query("carrier", load(load)).<String>read(at + "customsReference")).isEqualTo(MRN);
	}

	@Test
	void withoutRowLevelSecurityAShipperAndTheCarrierWouldReadTheOthersLinesAndTheRates() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		UUID id = GlobalId.decode(declare(load), "CustomsDeclaration").orElseThrow();
		String lines = "customs_declaration_line where declaration_id = '" + id + "'";
		String rates = "customs_declaration_rate where declaration_id = '" + id + "'";
		try (Connection acme = RlsProbe.app(Fixtures.ACME, "SHIPPER");
				Connection carrier = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			RlsProbe.assertSubjectToRowLevelSecurity(acme);
			assertThat(RlsProbe.count(acme, lines)).isEqualTo(2);
			assertThat(RlsProbe.count(acme, lines + " and shipper_id <> '" + Fixtures.ACME + "'")).isZero();
			assertThat(RlsProbe.count(acme, rates)).isZero();
			assertThat(RlsProbe.count(carrier, lines)).isZero();
			assertThat(RlsProbe.count(carrier, rates)).isZero();
			assertThat(RlsProbe.count(carrier, "customs_declaration where id = '" + id + "'")).isEqualTo(1);
		}
		List<String> tables = List.of("customs_declaration_line", "customs_declaration_rate");
		assertThat(RlsProbe.countWithRowLevelSecurityOff(tables, Fixtures.ACME, "SHIPPER", lines)).isEqualTo(5);
		assertThat(RlsProbe.countWithRowLevelSecurityOff(tables, Fixtures.ACME, "SHIPPER", rates)).isEqualTo(1);
		assertThat(RlsProbe.countWithRowLevelSecurityOff(tables, Fixtures.CARRIER, "CARRIER", lines)).isEqualTo(5);
	}

	@Test
	void aShipperWithNothingInTheLoadFindsNoDeclarationExactlyAsForAnUnknownLoad() throws Exception {
		ScratchLoad load = acmeOnly();
		String id = declare(load);
		String unknownLoad = GlobalId.encode("Load", UUID.randomUUID());
		String unknownDeclaration = GlobalId.encode("CustomsDeclaration", UUID.randomUUID());
		assertThat(query("operator", load(load)).<List<Object>>read("$.data.customsDeclaration.lines")).hasSize(2);
		assertThat(query("acme", load(load)).<String>read("$.data.customsDeclaration.id")).isEqualTo(id);
		String none = "{\"data\":{\"customsDeclaration\":null}}";
		assertThat(query("globex", load(load)).jsonString()).isEqualTo(none);
		assertThat(query("globex", unknownLoad).jsonString()).isEqualTo(none);
		assertThat(query("operator", unknownLoad).jsonString()).isEqualTo(none);
		assertThat(node("globex", id).jsonString()).isEqualTo("{\"data\":{\"node\":null}}");
		assertThat(node("globex", unknownDeclaration).jsonString()).isEqualTo("{\"data\":{\"node\":null}}");

		// Lodging and recording a status: the foreign declaration answers like an unknown
		// one, and stays.
		for (String declaration : List.of(id, unknownDeclaration)) {
			assertThat(errors(lodge("globex", declaration, 0, MRN), "customsDeclarationLodge"))
				.containsExactly("input.declarationId NOT_FOUND");
			assertThat(errors(status("globex", declaration, 0, "ACCEPTED", null), "customsDeclarationStatusRecord"))
				.containsExactly("input.declarationId NOT_FOUND");
		}
		assertThat(lodge("globex", id, 0, MRN).<String>read("$.data.customsDeclarationLodge.userErrors[0].message"))
			.isEqualTo(lodge("globex", unknownDeclaration, 0, MRN)
				.<String>read("$.data.customsDeclarationLodge.userErrors[0].message"));
		// Creating: Globex does not see the load, like an unknown one.
		Map<String, Object> foreign = createInput(load(load), "EUR", USD_RATE);
		Map<String, Object> unknown = createInput(unknownLoad, "EUR", USD_RATE);
		assertThat(errors(create("globex", foreign), "customsDeclarationCreate"))
			.containsExactly("input.loadId NOT_FOUND");
		assertThat(create("globex", foreign).jsonString()).isEqualTo(create("globex", unknown).jsonString());
		DocumentContext after = query("operator", load(load));
		assertThat(after.<String>read("$.data.customsDeclaration.status")).isEqualTo("DRAFT");
		assertThat(after.<Integer>read("$.data.customsDeclaration.version")).isZero();
	}

	@Test
	void onlyTheLoadsOperatorDeclaresLodgesAndRecordsAndTheOthersChangeNothing() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		for (String user : List.of("acme", "globex", "carrier")) {
			assertThat(errors(create(user, createInput(load(load), "EUR", USD_RATE)), "customsDeclarationCreate"))
				.as(user)
				.containsExactly("input.loadId NOT_PERMITTED");
		}
		assertThat(query("operator", load(load)).jsonString()).isEqualTo("{\"data\":{\"customsDeclaration\":null}}");
		String id = declare(load);
		for (String user : List.of("acme", "globex", "carrier")) {
			assertThat(errors(lodge(user, id, 0, MRN), "customsDeclarationLodge")).as(user)
				.containsExactly("input.declarationId NOT_PERMITTED");
			assertThat(errors(status(user, id, 0, "LODGED", null), "customsDeclarationStatusRecord")).as(user)
				.containsExactly("input.declarationId NOT_PERMITTED");
		}
		DocumentContext after = query("operator", load(load));
		assertThat(after.<String>read("$.data.customsDeclaration.status")).isEqualTo("DRAFT");
		assertThat(after.<Integer>read("$.data.customsDeclaration.version")).isZero();
	}

	@Test
	void aDeclarationIsRefusedWithEveryReasonAtOnceAndNothingIsWritten() throws Exception {
		// The demo's planning load: Madrid to Rotterdam (one territory), PLANNING, empty.
		String planning = GlobalId.encode("Load", UUID.fromString("f0000000-0000-4000-8000-000000000003"));
		assertThat(codes(create("operator", createInput(planning, "EUR", List.of())), "customsDeclarationCreate"))
			.containsExactlyInAnyOrder("CUSTOMS_BORDER_NOT_CROSSED", "CUSTOMS_LOAD_NOT_CLOSED",
					"CUSTOMS_NOTHING_TO_DECLARE");
		assertThat(query("operator", planning).jsonString()).isEqualTo("{\"data\":{\"customsDeclaration\":null}}");

		ScratchLoad load = ScratchLoads.closed();
		DocumentContext noRate = create("operator", createInput(load(load), "EUR", List.of()));
		assertThat(errors(noRate, "customsDeclarationCreate"))
			.containsExactly("input.exchangeRates CUSTOMS_EXCHANGE_RATE_MISSING");
		assertThat(noRate.<String>read("$.data.customsDeclarationCreate.userErrors[0].message")).contains("USD");
		// In USD, the Acme items' EUR needs its rate.
		DocumentContext inUsd = create("operator", createInput(load(load), "USD", List.of()));
		assertThat(inUsd.<String>read("$.data.customsDeclarationCreate.userErrors[0].message")).contains("EUR");

		DocumentContext form = create("operator", createInput(load(load), "EUR",
				List.of(Map.of("currency", "XXQ", "rate", "1"), Map.of("currency", "USD", "rate", "0"),
						Map.of("currency", "usd", "rate", "0.9"), Map.of("currency", "EUR", "rate", "2"),
						Map.of("currency", "GBP", "rate", "-1.5"), Map.of("currency", "CHF", "rate", "0.123456789"))));
		assertThat(errors(form, "customsDeclarationCreate")).containsExactlyInAnyOrder(
				"input.exchangeRates.0.currency INVALID_CURRENCY", "input.exchangeRates.1.rate OUT_OF_RANGE",
				"input.exchangeRates.2.currency CUSTOMS_EXCHANGE_RATE_DUPLICATE", "input.exchangeRates.3.rate INVALID",
				"input.exchangeRates.4.rate OUT_OF_RANGE", "input.exchangeRates.5.rate INVALID",
				"input.exchangeRates CUSTOMS_EXCHANGE_RATE_MISSING");
		assertThat(errors(create("operator", createInput(load(load), "EURO", USD_RATE)), "customsDeclarationCreate"))
			.containsExactly("input.currency INVALID_CURRENCY");
		Map<String, Object> blankKey = createInput(load(load), "EUR", USD_RATE);
		blankKey.put("idempotencyKey", " ");
		assertThat(errors(create("operator", blankKey), "customsDeclarationCreate"))
			.containsExactly("input.idempotencyKey REQUIRED");
		assertThat(errors(create("operator", createInput("not-an-id", "EURO", USD_RATE)), "customsDeclarationCreate"))
			.containsExactlyInAnyOrder("input.currency INVALID_CURRENCY", "input.loadId NOT_FOUND");
		assertThat(query("operator", load(load)).jsonString()).isEqualTo("{\"data\":{\"customsDeclaration\":null}}");

		declare(load);
		assertThat(errors(create("operator", createInput(load(load), "EUR", USD_RATE)), "customsDeclarationCreate"))
			.containsExactly("input.loadId CUSTOMS_DECLARATION_EXISTS");
	}

	@Test
	void aCreateWithTheSameKeyAnswersTheFirstDeclarationAndAnotherInputUnderItIsRefused() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		Map<String, Object> input = createInput(load(load), "EUR", USD_RATE);
		DocumentContext first = create("operator", input);
		DocumentContext again = create("operator", input);
		assertThat(again.jsonString()).isEqualTo(first.jsonString());
		assertThat(first.<List<Object>>read("$.data.customsDeclarationCreate.declaration.lines")).hasSize(5);
		Map<String, Object> other = new HashMap<>(input);
		other.put("currency", "USD");
		other.put("exchangeRates", List.of(Map.of("currency", "EUR", "rate", "1.09")));
		assertThat(codes(create("operator", other), "customsDeclarationCreate"))
			.containsExactly("IDEMPOTENCY_KEY_REUSED");
		assertThat(query("operator", load(load)).<String>read("$.data.customsDeclaration.currency")).isEqualTo("EUR");
	}

	@Test
	void aLoadNotClosedIsNotDeclared() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator,
					"update load set status = 'PLANNING', seal_number = null where id = '" + load.loadId() + "'");
			operator.commit();
		}
		DocumentContext refused = create("operator", createInput(load(load), "EUR", USD_RATE));
		assertThat(errors(refused, "customsDeclarationCreate")).containsExactly("input.loadId CUSTOMS_LOAD_NOT_CLOSED");
		assertThat(refused.<String>read("$.data.customsDeclarationCreate.userErrors[0].message")).contains("sealed");
	}

	@Test
	void aDeclarationIsLodgedWithTheReferenceCustomsGaveAndFollowsCustomsAnswers() throws Exception {
		String id = declare(ScratchLoads.closed());
		String lodge = "customsDeclarationLodge";
		assertThat(errors(lodge("operator", id, 0, " "), lodge)).containsExactly("input.customsReference REQUIRED");
		assertThat(errors(lodge("operator", id, 0, "26NL 0000000001ABA5"), lodge))
			.containsExactly("input.customsReference INVALID");
		assertThat(errors(lodge("operator", id, 0, "X".repeat(41)), lodge))
			.containsExactly("input.customsReference TOO_LONG");
		// Entering the Union (NL): an MRN, not any reference.
		assertThat(errors(lodge("operator", id, 0, "BR-2026-0001"), lodge))
			.containsExactly("input.customsReference CUSTOMS_REFERENCE_INVALID");
		assertThat(errors(lodge("operator", id, 0, "26nl0000000001aba5"), lodge))
			.containsExactly("input.customsReference CUSTOMS_REFERENCE_INVALID");
		// An MRN of a country outside the Union, and one a character short.
		assertThat(errors(lodge("operator", id, 0, "26BR0000000001ABA5"), lodge))
			.containsExactly("input.customsReference CUSTOMS_REFERENCE_INVALID");
		assertThat(errors(lodge("operator", id, 0, "26ZZ0000000001ABA5"), lodge))
			.containsExactly("input.customsReference CUSTOMS_REFERENCE_INVALID");
		assertThat(errors(lodge("operator", id, 0, "26NL0000000001ABA"), lodge))
			.containsExactly("input.customsReference CUSTOMS_REFERENCE_INVALID");
		assertThat(errors(lodge("operator", id, 3, MRN), lodge)).containsExactly("input.version CONFLICT");
		// Independent refusals come together.
		assertThat(errors(lodge("operator", id, 3, "BR-2026-0001"), lodge))
			.containsExactlyInAnyOrder("input.customsReference CUSTOMS_REFERENCE_INVALID", "input.version CONFLICT");
		// Recording LODGED on a draft is not a lodgement: it has no reference.
		String record = "customsDeclarationStatusRecord";
		assertThat(errors(status("operator", id, 0, "LODGED", null), record))
			.containsExactly("input.status CUSTOMS_REFERENCE_REQUIRED");
		assertThat(errors(status("operator", id, 0, "ACCEPTED", null), record))
			.containsExactly("input.status CUSTOMS_STATUS_NOT_ALLOWED");

		DocumentContext lodged = lodge("operator", id, 0, " " + MRN + " ");
		assertThat(lodged.<Map<String, Object>>read("$.data.customsDeclarationLodge.declaration"))
			.isEqualTo(Map.of("id", id, "status", "LODGED", "customsReference", MRN, "version", 1));
		assertThat(errors(lodge("operator", id, 1, "26NL0000000002ABA5"), lodge))
			.containsExactly("input.declarationId CUSTOMS_STATUS_NOT_ALLOWED");

		assertThat(errors(status("operator", id, 1, "HELD", null), record))
			.containsExactly("input.reason CUSTOMS_HOLD_REASON_REQUIRED");
		assertThat(errors(status("operator", id, 0, "HELD", "x".repeat(1001)), record))
			.containsExactlyInAnyOrder("input.reason TOO_LONG", "input.version CONFLICT");
		assertThat(errors(status("operator", id, 1, "ACCEPTED", "because"), record))
			.containsExactly("input.reason INVALID");
		assertThat(errors(status("operator", id, 0, "ACCEPTED", null), record))
			.containsExactly("input.version CONFLICT");
		assertThat(errors(status("operator", id, 1, "DRAFT", null), record))
			.containsExactly("input.status CUSTOMS_STATUS_NOT_ALLOWED");

		// LODGED → HELD → LODGED → ACCEPTED → HELD → RELEASED, the reference kept
		// throughout.
		assertThat(status("operator", id, 1, "HELD", "Invoice for line 3 asked for")
			.<Map<String, Object>>read("$.data." + record + ".declaration"))
			.isEqualTo(Map.of("id", id, "status", "HELD", "customsReference", MRN, "holdReason",
					"Invoice for line 3 asked for", "version", 2));
		assertThat(status("operator", id, 2, "ACCEPTED", null)
			.<List<String>>read("$.data." + record + ".userErrors[*].code"))
			.containsExactly("CUSTOMS_STATUS_NOT_ALLOWED");
		DocumentContext relodged = status("operator", id, 2, "LODGED", null);
		assertThat(relodged.<String>read("$.data." + record + ".declaration.holdReason")).isNull();
		assertThat(relodged.<String>read("$.data." + record + ".declaration.customsReference")).isEqualTo(MRN);
		assertThat(status("operator", id, 3, "ACCEPTED", null).<String>read("$.data." + record + ".declaration.status"))
			.isEqualTo("ACCEPTED");
		assertThat(status("operator", id, 4, "HELD", "Examination")
			.<String>read("$.data." + record + ".declaration.status")).isEqualTo("HELD");
		assertThat(status("operator", id, 5, "RELEASED", null).<String>read("$.data." + record + ".declaration.status"))
			.isEqualTo("RELEASED");
		for (String target : List.of("LODGED", "ACCEPTED", "RELEASED")) {
			assertThat(errors(status("operator", id, 6, target, null), record))
				.containsExactly("input.status CUSTOMS_STATUS_NOT_ALLOWED");
		}

		// ACCEPTED → RELEASED directly, on another load.
		String other = declare(ScratchLoads.closed());
		lodge("operator", other, 0, MRN);
		status("operator", other, 1, "ACCEPTED", null);
		assertThat(status("operator", other, 2, "RELEASED", null)
			.<Map<String, Object>>read("$.data." + record + ".declaration")).containsEntry("status", "RELEASED")
			.containsEntry("customsReference", MRN)
			.containsEntry("holdReason", null)
			.containsEntry("version", 3);
	}

	@Test
	void aLoadCrossingABorderIsDispatchedOnlyWithItsDeclarationLodged() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		Map<String, Object> dispatch = Map.of("input", Map.of("loadId", load(load), "version", 1));
		assertThat(dispatchCodes(dispatch)).contains("CUSTOMS_DECLARATION_MISSING")
			.doesNotContain("CUSTOMS_DECLARATION_NOT_LODGED", "CUSTOMS_DECLARATION_HELD");
		String id = declare(load);
		DocumentContext draft = Api.as(port, "operator").execute(DISPATCH, dispatch).data();
		List<Map<String, Object>> mine = draft
			.read("$.data.loadDispatch.userErrors[?(@.code == 'CUSTOMS_DECLARATION_NOT_LODGED')]");
		assertThat(mine).singleElement().satisfies((error) -> {
			assertThat(error.get("field")).isEqualTo(List.of("input", "loadId"));
			assertThat(error.get("subject")).isEqualTo(id);
		});
		assertThat(dispatchCodes(dispatch)).doesNotContain("CUSTOMS_DECLARATION_MISSING", "CUSTOMS_DECLARATION_HELD");
		lodge("operator", id, 0, MRN);
		status("operator", id, 1, "HELD", "Examination");
		assertThat(dispatchCodes(dispatch)).contains("CUSTOMS_DECLARATION_HELD")
			.doesNotContain("CUSTOMS_DECLARATION_MISSING", "CUSTOMS_DECLARATION_NOT_LODGED");
		status("operator", id, 2, "LODGED", null);
		assertThat(dispatchCodes(dispatch)).doesNotContainAnyElementsOf(MY_DISPATCH_CODES);

		for (String target : List.of("ACCEPTED", "RELEASED")) {
			ScratchLoad next = ScratchLoads.closed();
			String declaration = declare(next);
			lodge("operator", declaration, 0, MRN);
			status("operator", declaration, 1, "ACCEPTED", null);
			if (target.equals("RELEASED")) {
				status("operator", declaration, 2, "RELEASED", null);
			}
			assertThat(dispatchCodes(Map.of("input", Map.of("loadId", load(next), "version", 1)))).as(target)
				.doesNotContainAnyElementsOf(MY_DISPATCH_CODES);
		}
	}

	@Test
	void aLoadWithinOneCustomsTerritoryNeedsNoDeclarationToLeave() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		// Moved onto the operator's Madrid to Rotterdam road lane: Spain to the
		// Netherlands, both in the Union.
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator,
					"update load set program_id = '" + Fixtures.EU_CONSUMER
							+ "', lane_id = 'b0000000-0000-4000-8000-000000000001', origin_hub_id = "
							+ "'a0000000-0000-4000-8000-000000000001' where id = '" + load.loadId() + "'");
			operator.commit();
		}
		assertThat(codes(create("operator", createInput(load(load), "EUR", USD_RATE)), "customsDeclarationCreate"))
			.containsExactly("CUSTOMS_BORDER_NOT_CROSSED");
		assertThat(dispatchCodes(Map.of("input", Map.of("loadId", load(load), "version", 1))))
			.doesNotContainAnyElementsOf(MY_DISPATCH_CODES);
	}

	List<String> dispatchCodes(Map<String, Object> dispatch) {
		return Api.as(port, "operator")
			.execute(DISPATCH, dispatch)
			.data()
			.read("$.data.loadDispatch.userErrors[*].code");
	}

	@Test
	void readingADeclarationTakesTheSameStatementsForOneShipperAndForTwo() throws Exception {
		ScratchLoad both = ScratchLoads.closed();
		declare(both);
		ScratchLoad acmeOnly = acmeOnly();
		declare(acmeOnly);
		String[] loads = { load(acmeOnly), load(both) };
		int[] counts = new int[2];
		List<String> first = List.of();
		for (int i = 0; i < 2; i++) {
			query("operator", loads[i]);
			SqlStatements.reset();
			DocumentContext read = query("operator", loads[i]);
			counts[i] = SqlStatements.count();
			if (i == 0) {
				first = SqlStatements.statements();
			}
			assertThat(read.<List<Object>>read("$.data.customsDeclaration.lines")).hasSize((i == 0) ? 2 : 5);
			assertThat(read.<List<String>>read("$.data.customsDeclaration.lines[*].shipper.name")).doesNotContainNull();
		}
		assertThat(counts[1]).as("%s", first).isEqualTo(counts[0]);
		// A shipper's read of the same declaration takes as many.
		query("acme", loads[1]);
		SqlStatements.reset();
		query("acme", loads[1]);
		assertThat(SqlStatements.count()).isEqualTo(counts[1]);
	}

}
