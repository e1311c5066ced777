package io.homeward.platform.disposition;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Grading and disposing of demo items received at Rotterdam, as the hub's operator, and
 * reading them as their shipper; refusals for everyone else, and under row-level
 * security. Each test takes items of its own, so their order does not matter.
 */
@IntegrationTest
class DispositionIntegrationTests {

	static final String GRADE = """
			mutation($input: ItemGradeInput!) {
			  itemGrade(input: $input) {
			    grading { grade notes photoRefs functionalTest { result method evidence } gradedAt }
			    userErrors { field code message }
			  }
			}""";

	static final String DISPOSE = """
			mutation($input: ItemDisposeInput!) {
			  itemDispose(input: $input) {
			    disposition { id sequence disposition wasteOperation { code kind outflow } derogation derogationEvidence
			                  note recoveryValue { amount currency } }
			    userErrors { field code message }
			  }
			}""";

	static final String ITEMS = """
			query($id: ID!) { node(id: $id) { ... on ReturnOrder { items { id sku grading { grade }
			  dispositions { sequence disposition wasteOperation { code outflow } recoveryValue { amount currency } } } } } }""";

	/** Acme's Basecamp tent, received at Rotterdam in W42. */
	static final UUID TENT = UUID.fromString("22222222-0002-4000-8000-000000000201");

	/** Acme's headlamp with a lithium-ion battery, in the same parcel. */
	static final UUID HEADLAMP = UUID.fromString("22222222-0002-4000-8000-000000000202");

	/** Acme's shell jacket (HS 6201 93), whose parcel Madrid received crushed. */
	static final UUID JACKET = UUID.fromString("22222222-0002-4000-8000-000000000801");

	/** Acme's tent of its first return, whose parcel no hub has received. */
	static final UUID NOT_RECEIVED = UUID.fromString("22222222-0002-4000-8000-000000000101");

	/** Globex's end-of-life laptops, in the same parcel as its handsets. */
	static final UUID LAPTOPS = UUID.fromString("33333333-0002-4000-8000-000000000102");

	static final String GLOBEX_RETURN = GlobalId.encode("ReturnOrder",
			UUID.fromString("33333333-0000-4000-8000-000000000001"));

	/**
	 * Globex's end-of-life handsets: graded SCRAP, recycled and certified in the demo
	 * data.
	 */
	static final UUID HANDSETS = UUID.fromString("33333333-0002-4000-8000-000000000101");

	@LocalServerPort
	int port;

	@Test
	void theHubGradesAndFollowsAnItemThroughRepairToRestockAndItsShipperReadsIt() {
		String tent = item(TENT);
		Api.Result graded = operator().execute(GRADE, input(Map.of("itemId", tent, "grade", "DAMAGED", "notes",
				"Pole sleeve torn", "photoRefs", List.of("photos/tent-1.jpg"))));
		assertThat(graded.data().read("$.data.itemGrade.userErrors", List.class)).isEmpty();
		assertThat(graded.data().read("$.data.itemGrade.grading.grade", String.class)).isEqualTo("DAMAGED");
		assertThat(graded.data().read("$.data.itemGrade.grading.photoRefs", List.class))
			.containsExactly("photos/tent-1.jpg");

		assertThat(dispose(tent, "PROCESSING_REQUIRED", null).read("$.data.itemDispose.disposition.sequence",
				Integer.class))
			.isEqualTo(1);
		// The grade is part of the record now.
		assertThat(codes(operator().execute(GRADE, input(Map.of("itemId", tent, "grade", "GOOD"))), "itemGrade"))
			.containsExactly("input.itemId ITEM_ALREADY_DISPOSED");
		assertThat(dispose(tent, "REPAIR", null).read("$.data.itemDispose.disposition.wasteOperation", Object.class))
			.isNull();
		Map<String, Object> restock = disposeInput(tent, "RESTOCK");
		restock.put("recoveryValue", Map.of("amount", "310.00", "currency", "USD"));
		Api.Result restocked = operator().execute(DISPOSE, Map.of("input", restock));
		assertThat(restocked.data().read("$.data.itemDispose.disposition.sequence", Integer.class)).isEqualTo(3);
		// A retry with the key replays the entry; nothing is appended.
		Api.Result replay = operator().execute(DISPOSE, Map.of("input", restock));
		assertThat(replay.data().read("$.data.itemDispose.disposition.id", String.class))
			.isEqualTo(restocked.data().read("$.data.itemDispose.disposition.id", String.class));
		// Final: nothing follows.
		assertThat(codes(operator().execute(DISPOSE, Map.of("input", disposeInput(tent, "RECYCLE"))), "itemDispose"))
			.containsExactly("input.disposition DISPOSITION_NOT_ALLOWED");

		Api.Result read = Api.as(port, "acme")
			.execute(ITEMS, Map.of("id",
					GlobalId.encode("ReturnOrder", UUID.fromString("22222222-0000-4000-8000-000000000002"))));
		List<Map<String, Object>> dispositions = read.data()
			.read("$.data.node.items[?(@.id == '" + tent + "')].dispositions[*]", List.class);
		assertThat(dispositions).extracting((d) -> d.get("disposition"))
			.containsExactly("PROCESSING_REQUIRED", "REPAIR", "RESTOCK");
		assertThat(read.data().read("$.data.node.items[?(@.id == '" + tent + "')].grading.grade", List.class))
			.containsExactly("DAMAGED");
	}

	@Test
	void destroyingUnsoldApparelNeedsADerogationWithItsEvidence() {
		String jacket = item(JACKET);
		operator().execute(GRADE, input(Map.of("itemId", jacket, "grade", "DAMAGED"))).data();
		Api.Result banned = operator().execute(DISPOSE, Map.of("input", disposeInput(jacket, "DESTROY")));
		assertThat(codes(banned, "itemDispose")).containsExactly("input.derogation DESTRUCTION_BANNED");
		Map<String, Object> derogated = disposeInput(jacket, "DESTROY");
		derogated.put("derogation", "DAMAGED");
		assertThat(codes(operator().execute(DISPOSE, Map.of("input", derogated)), "itemDispose"))
			.containsExactly("input.derogationEvidence DEROGATION_EVIDENCE_REQUIRED");
		// A medium-sized shipper is bound from 19 July 2030 only: until then the
		// destruction goes through without a derogation. (A derogation with its evidence
		// letting a banned one through: DispositionRulesTests.)
		try {
			assertThat(policy("acme", "MEDIUM", List.of()).read("$.data.dispositionRulesUpdate.userErrors", List.class))
				.isEmpty();
			Api.Result destroyed = operator().execute(DISPOSE, Map.of("input", disposeInput(jacket, "DESTROY")));
			assertThat(destroyed.data().read("$.data.itemDispose.userErrors", List.class)).isEmpty();
			assertThat(destroyed.data().read("$.data.itemDispose.disposition.wasteOperation.code", String.class))
				.isEqualTo("D10");
			assertThat(destroyed.data().read("$.data.itemDispose.disposition.wasteOperation.outflow", String.class))
				.isEqualTo("INCINERATION");
			assertThat(destroyed.data().read("$.data.itemDispose.disposition.derogation", String.class)).isNull();
		}
		finally {
			policy("acme", "LARGE", List.of());
		}
	}

	@Test
	void usedElectronicsAreResoldOnlyWithAPassedTestAndAWrongOperationIsRefused() {
		String headlamp = item(HEADLAMP);
		operator().execute(GRADE, input(Map.of("itemId", headlamp, "grade", "GOOD"))).data();
		assertThat(codes(operator().execute(DISPOSE, Map.of("input", disposeInput(headlamp, "RESELL"))), "itemDispose"))
			.containsExactly("input.disposition FUNCTIONAL_TEST_REQUIRED");
		Map<String, Object> recycle = disposeInput(headlamp, "RECYCLE");
		recycle.put("wasteOperationCode", "D1");
		assertThat(codes(operator().execute(DISPOSE, Map.of("input", recycle)), "itemDispose"))
			.containsExactly("input.wasteOperationCode WASTE_OPERATION_NOT_ALLOWED");
		Api.Result tested = operator().execute(GRADE,
				input(Map.of("itemId", headlamp, "grade", "GOOD", "functionalTest", Map.of("result", "PASSED", "method",
						"Charge, 30 min at full beam", "evidence", "test-log/LMN400/0412"))));
		assertThat(tested.data().read("$.data.itemGrade.grading.functionalTest.result", String.class))
			.isEqualTo("PASSED");
		assertThat(dispose(headlamp, "RESELL", null).read("$.data.itemDispose.disposition.disposition", String.class))
			.isEqualTo("RESELL");
	}

	@Test
	void nobodyButTheHubsOperatorGradesOrDisposesAndAnUnreceivedItemIsRefused() {
		for (String user : List.of("acme", "globex", "carrier", "acme-clerk")) {
			assertThat(codes(Api.as(port, user).execute(GRADE, input(Map.of("itemId", item(TENT), "grade", "GOOD"))),
					"itemGrade"))
				.as(user)
				.containsExactly("input.itemId NOT_FOUND");
			assertThat(
					codes(Api.as(port, user).execute(DISPOSE, Map.of("input", disposeInput(item(HANDSETS), "DESTROY"))),
							"itemDispose"))
				.as(user)
				.containsExactly("input.itemId NOT_FOUND");
		}
		assertThat(codes(operator().execute(GRADE, input(Map.of("itemId", item(NOT_RECEIVED), "grade", "GOOD"))),
				"itemGrade"))
			.containsExactly("input.itemId ITEM_NOT_RECEIVED");
		assertThat(codes(
				operator().execute(GRADE,
						input(Map.of("itemId", GlobalId.encode("ReturnItem", UUID.randomUUID()), "grade", "GOOD"))),
				"itemGrade"))
			.containsExactly("input.itemId NOT_FOUND");
	}

	@Test
	void aShipperReadsTheGradingsAndLogsOfItsOwnItemsOnlyAndTheDatabaseHoldsThat() throws SQLException {
		String globexReturn = GlobalId.encode("ReturnOrder", UUID.fromString("33333333-0000-4000-8000-000000000001"));
		Api.Result own = Api.as(port, "globex").execute(ITEMS, Map.of("id", globexReturn));
		assertThat(own.data().read("$.data.node.items[?(@.sku == 'GLX-WEEE-HANDSET')].grading.grade", List.class))
			.containsExactly("SCRAP");
		assertThat(own.data()
			.read("$.data.node.items[?(@.sku == 'GLX-WEEE-HANDSET')].dispositions[0].wasteOperation.code", List.class))
			.containsExactly("R4");
		assertThat(Api.as(port, "acme")
			.execute(ITEMS, Map.of("id", globexReturn))
			.data()
			.read("$.data.node", Object.class)).isNull();
		// Below the API: Acme, the carrier and another operator read none of Globex's
		// rows,
		// and no operator writes a row in another operator's name.
		for (UUID reader : List.of(Fixtures.ACME, Fixtures.CARRIER, UUID.randomUUID())) {
			String kind = reader.equals(Fixtures.ACME) ? "SHIPPER"
					: reader.equals(Fixtures.CARRIER) ? "CARRIER" : "OPERATOR";
			assertThat(count(reader, kind,
					"select count(*) from item_grading where shipper_id = '" + Fixtures.GLOBEX + "'"))
				.as(kind)
				.isZero();
			assertThat(count(reader, kind,
					"select count(*) from item_disposition where shipper_id = '" + Fixtures.GLOBEX + "'"))
				.as(kind)
				.isZero();
		}
		assertThat(count(Fixtures.GLOBEX, "SHIPPER", "select count(*) from item_disposition")).isPositive();
		assertThat(count(Fixtures.OPERATOR, "OPERATOR", "select count(*) from item_disposition")).isPositive();
		assertThatThrownBy(() -> {
			try (Connection c = RlsProbe.app(UUID.randomUUID(), "OPERATOR");
					PreparedStatement insert = c.prepareStatement(
							"""
									insert into item_disposition (shipper_id, id, item_id, operator_id, seq, disposition, recorded_by,
									                              recorded_at)
									values (?, ?, ?, ?, 9, 'DESTROY', 'probe', now())""")) {
				insert.setObject(1, Fixtures.GLOBEX);
				insert.setObject(2, UUID.randomUUID());
				insert.setObject(3, HANDSETS);
				insert.setObject(4, Fixtures.OPERATOR);
				insert.executeUpdate();
			}
		}).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
	}

	@Test
	void gradingsAndLogsOfAPageOfReturnsTakeOneStatementEachWhateverThePageSize() {
		String page = """
				query($first: Int!) { returns(first: $first) { edges { node { items { sku grading { grade }
				  dispositions { disposition wasteOperation { code } } } } } } }""";
		Api globex = Api.as(port, "globex");
		int[] counts = new int[2];
		int[] sizes = { 2, 20 };
		for (int i = 0; i < sizes.length; i++) {
			globex.execute(page, Map.of("first", sizes[i])).data();
			SqlStatements.reset();
			globex.execute(page, Map.of("first", sizes[i])).data();
			counts[i] = (int) SqlStatements.statements()
				.stream()
				.filter((sql) -> sql.contains("from item_grading") || sql.contains("from item_disposition"))
				.count();
		}
		assertThat(counts).containsExactly(2, 2);
	}

	@Test
	void theShippersRuleProposesAtGradingAndTheHubGoesElsewhereOnlyWithAReasonTheShipperReads() {
		String laptops = item(LAPTOPS);
		Map<String, Object> rule = new HashMap<>();
		rule.put("name", "Laptops with batteries to metal recovery");
		rule.put("hsPrefix", "8549");
		rule.put("grades", List.of("DAMAGED", "SCRAP"));
		rule.put("disposition", "RECYCLE");
		rule.put("wasteOperationCode", "R4");
		Map<String, Object> other = new HashMap<>();
		other.put("name", "Anything else back to us");
		other.put("disposition", "RETURN_TO_SHIPPER");
		try {
			Api.Result set = policy("globex", "LARGE", List.of(rule, other));
			assertThat(set.data().read("$.data.dispositionRulesUpdate.dispositionRules.rules[*].position", List.class))
				.containsExactly(1, 2);
			Api.Result graded = operator().execute(GRADE, input(Map.of("itemId", laptops, "grade", "DAMAGED")));
			assertThat(graded.data().read("$.data.itemGrade.userErrors", List.class)).isEmpty();
			Api.Result proposal = operator().execute("""
					query($id: ID!) { node(id: $id) { ... on ReturnOrder { items { sku grading { proposal {
					  disposition wasteOperationCode rule } } } } } }""", Map.of("id", GLOBEX_RETURN));
			assertThat(proposal.data()
				.read("$.data.node.items[?(@.sku == 'GLX-WEEE-LAPTOP-BAT')].grading.proposal", List.class))
				.containsExactly(Map.of("disposition", "RECYCLE", "wasteOperationCode", "R4", "rule",
						"Laptops with batteries to metal recovery"));

			assertThat(codes(operator().execute(DISPOSE, Map.of("input", disposeInput(laptops, "PROCESSING_REQUIRED"))),
					"itemDispose"))
				.containsExactly("input.overrideReason OVERRIDE_REASON_REQUIRED");
			Map<String, Object> elsewhere = disposeInput(laptops, "PROCESSING_REQUIRED");
			elsewhere.put("overrideReason", "Two batteries swollen: to the hazardous-waste bay first");
			assertThat(operator().execute(DISPOSE, Map.of("input", elsewhere))
				.data()
				.read("$.data.itemDispose.userErrors", List.class)).isEmpty();

			Api.Result read = Api.as(port, "globex").execute("""
					query($id: ID!) { node(id: $id) { ... on ReturnOrder { items { sku dispositions {
					  disposition proposedDisposition overrideReason } } } } }""", Map.of("id", GLOBEX_RETURN));
			assertThat(read.data()
				.read("$.data.node.items[?(@.sku == 'GLX-WEEE-LAPTOP-BAT')].dispositions[0]", List.class))
				.containsExactly(Map.of("disposition", "PROCESSING_REQUIRED", "proposedDisposition", "RECYCLE",
						"overrideReason", "Two batteries swollen: to the hazardous-waste bay first"));
		}
		finally {
			policy("globex", "LARGE", List.of());
		}
	}

	@Test
	void onlyAShippersAdminSetsItsRulesAndABadRuleChangesNothing() {
		Map<String, Object> bad = new HashMap<>();
		bad.put("name", " ");
		bad.put("hsPrefix", "6");
		bad.put("minValue", "50.00");
		bad.put("maxValue", "10.00");
		bad.put("valueCurrency", "EUR");
		bad.put("countryCode", "XX");
		bad.put("disposition", "RESELL");
		bad.put("wasteOperationCode", "R4");
		assertThat(codes(policy("acme", "SMALL", List.of(bad)), "dispositionRulesUpdate")).containsExactlyInAnyOrder(
				"input.rules.0.name REQUIRED", "input.rules.0.hsPrefix INVALID", "input.rules.0.maxValue OUT_OF_RANGE",
				"input.rules.0.countryCode INVALID_COUNTRY",
				"input.rules.0.wasteOperationCode WASTE_OPERATION_NOT_ALLOWED");
		for (String user : List.of("acme-clerk", "operator", "carrier")) {
			assertThat(codes(policy(user, "SMALL", List.of()), "dispositionRulesUpdate")).as(user)
				.containsExactly("input NOT_PERMITTED");
		}
		assertThat(Api.as(port, "acme")
			.execute("{ dispositionRules { enterpriseSize rules { name } } }")
			.data()
			.read("$.data.dispositionRules.enterpriseSize", String.class)).isEqualTo("LARGE");
		for (String user : List.of("operator", "carrier")) {
			assertThat(Api.as(port, user)
				.execute("{ dispositionRules { enterpriseSize } }")
				.data()
				.read("$.data.dispositionRules", Object.class)).as(user).isNull();
		}
	}

	private Api.Result policy(String user, String size, List<Map<String, Object>> rules) {
		return Api.as(port, user)
			.execute("""
					mutation($input: DispositionRulesUpdateInput!) { dispositionRulesUpdate(input: $input) {
					  dispositionRules { enterpriseSize enterpriseSizeStated rules { position name disposition } }
					  userErrors { field code message } } }""",
					Map.of("input", Map.of("enterpriseSize", size, "rules", rules)));
	}

	@Test
	void theHubRecordsThePartnersCertificateAndTheShipperHasTheItemsProofAsJsonAndPdf() throws Exception {
		String handsets = item(HANDSETS);
		String record = """
				mutation($input: CertificateRecordInput!) { certificateRecord(input: $input) {
				  certificate { kind partnerName scheme schemeReference certificateReference issuedOn }
				  userErrors { field code } } }""";
		Map<String, Object> certificate = new HashMap<>();
		certificate.put("idempotencyKey", "certificate-" + UUID.randomUUID());
		certificate.put("itemId", handsets);
		certificate.put("kind", "DESTRUCTION");
		certificate.put("partnerName", "Rotterdam WEEE Recovery B.V.");
		certificate.put("scheme", "WEEELABEX");
		certificate.put("schemeReference", "WLX-NL-0042");
		certificate.put("certificateReference", "RWR-2026-12-0031");
		certificate.put("issuedOn", "2026-11-26");
		assertThat(codes(operator().execute(record, Map.of("input", certificate)), "certificateRecord"))
			.containsExactlyInAnyOrder("input.kind CERTIFICATE_NOT_APPLICABLE", "input.issuedOn OUT_OF_RANGE");
		// A refusal is the key's answer too: the corrected certificate goes with a new
		// key.
		certificate.put("idempotencyKey", "certificate-" + UUID.randomUUID());
		certificate.put("kind", "RECYCLING");
		certificate.put("issuedOn", "2026-11-30");
		for (String user : List.of("globex", "acme", "carrier")) {
			assertThat(codes(Api.as(port, user).execute(record, Map.of("input", certificate)), "certificateRecord"))
				.as(user)
				.containsExactly("input.itemId NOT_FOUND");
		}
		Api.Result recorded = operator().execute(record, Map.of("input", certificate));
		assertThat(recorded.data().read("$.data.certificateRecord.userErrors", List.class)).isEmpty();
		certificate.put("idempotencyKey", "certificate-" + UUID.randomUUID());
		assertThat(codes(operator().execute(record, Map.of("input", certificate)), "certificateRecord"))
			.containsExactly("input.certificateReference TAKEN");

		String proof = """
				query($id: ID!) { itemProof(itemId: $id) { rmaNumber item { sku } milestones { kind }
				  grading { grade } dispositions { disposition wasteOperation { code } }
				  certificates { kind certificateReference } pdfUrl } }""";
		Api.Result own = Api.as(port, "globex").execute(proof, Map.of("id", handsets));
		assertThat(own.data().read("$.data.itemProof.rmaNumber", String.class)).isEqualTo("GLOBEX-2026-0001");
		assertThat(own.data().read("$.data.itemProof.grading.grade", String.class)).isEqualTo("SCRAP");
		assertThat(own.data().read("$.data.itemProof.dispositions[*].wasteOperation.code", List.class))
			.containsExactly("R4");
		assertThat(own.data().read("$.data.itemProof.certificates[*].certificateReference", List.class))
			.containsExactly("RWR-2026-11-0918", "RWR-2026-12-0031");
		String pdfUrl = own.data().read("$.data.itemProof.pdfUrl", String.class);
		assertThat(pdfUrl).isEqualTo("/disposition/items/" + HANDSETS + "/proof.pdf");
		for (String user : List.of("acme", "carrier")) {
			assertThat(Api.as(port, user)
				.execute(proof, Map.of("id", handsets))
				.data()
				.read("$.data.itemProof", Object.class)).as(user).isNull();
			assertThat(pdf(user, pdfUrl).statusCode()).as(user).isEqualTo(404);
		}
		for (String user : List.of("globex", "operator")) {
			HttpResponse<byte[]> file = pdf(user, pdfUrl);
			assertThat(file.statusCode()).as(user).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
			try (PDDocument document = Loader.loadPDF(file.body())) {
				assertThat(new PDFTextStripper().getText(document)).contains("Proof of disposition", "GLOBEX-2026-0001",
						"GLX-WEEE-HANDSET", "SCRAP", "R4 RECYCLING", "Recycling/reclamation of metals",
						"Recovered 12.40 EUR", "RECYCLING certificate RWR-2026-11-0918",
						"RECYCLING certificate RWR-2026-12-0031", "WEEELABEX WLX-NL-0042");
			}
		}
		assertThat(Api.anonymous(port).get(pdfUrl).statusCode()).isEqualTo(401);
	}

	private HttpResponse<byte[]> pdf(String user, String path) {
		return Api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + Api.token(user))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private Api operator() {
		return Api.as(port, "operator");
	}

	private com.jayway.jsonpath.DocumentContext dispose(String item, String disposition, @Nullable String code) {
		Map<String, Object> input = disposeInput(item, disposition);
		if (code != null) {
			input.put("wasteOperationCode", code);
		}
		Api.Result result = operator().execute(DISPOSE, Map.of("input", input));
		assertThat(result.data().read("$.data.itemDispose.userErrors", List.class)).as(result.body()).isEmpty();
		return result.data();
	}

	private static Map<String, Object> disposeInput(String item, String disposition) {
		Map<String, Object> input = new HashMap<>();
		input.put("idempotencyKey", "dispose-" + UUID.randomUUID());
		input.put("itemId", item);
		input.put("disposition", disposition);
		return input;
	}

	private static Map<String, Object> input(Map<String, Object> fields) {
		return Map.of("input", fields);
	}

	private static String item(UUID id) {
		return GlobalId.encode("ReturnItem", id);
	}

	private static List<String> codes(Api.Result result, String field) {
		List<Map<String, Object>> errors = result.data().read("$.data." + field + ".userErrors");
		return errors.stream()
			.map((error) -> String.join(".", ((List<?>) error.get("field")).stream().map(String::valueOf).toList())
					+ " " + error.get("code"))
			.toList();
	}

	private static long count(UUID organization, String kind, String sql) throws SQLException {
		try (Connection c = RlsProbe.app(organization, kind);
				PreparedStatement query = c.prepareStatement(sql);
				ResultSet rows = query.executeQuery()) {
			rows.next();
			long count = rows.getLong(1);
			c.rollback();
			return count;
		}
	}

}
