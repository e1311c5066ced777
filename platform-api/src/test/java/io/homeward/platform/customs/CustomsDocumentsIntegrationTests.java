package io.homeward.platform.customs;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.ScratchLoads.GreenScratchLoad;
import io.homeward.platform.ScratchLoads.ScratchLoad;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents recorded for a load, its clearance, the waste-paper dispatch gate and relief
 * per item, over HTTP as each demo user, on scratch loads from São Paulo to Rotterdam (BR
 * to NL: between two countries and across a customs border).
 */
@IntegrationTest
class CustomsDocumentsIntegrationTests {

	static final String RECORD = """
			mutation($input: CustomsDocumentRecordInput!) { customsDocumentRecord(input: $input) {
			  document { id kind reference issuer validFrom validUntil items { id sku } }
			  userErrors { field code message subject } } }""";

	static final String DISPATCH = """
			mutation($input: LoadTransitionInput!) { loadDispatch(input: $input) {
			  load { status } userErrors { field code message subject } } }""";

	static final String CLEARANCE = """
			query($id: ID!, $on: Date) { customsClearance(loadId: $id, on: $on) {
			  checkedOn transboundary
			  items { item { id sku } wasteCode
			          needs { kind status entry listing source reason document { reference } } }
			  documents { id kind reference issuer validFrom validUntil items { sku } } } }""";

	static final String RELIEF = """
			query($id: ID!) { node(id: $id) { ... on ReturnOrder { items { sku relief {
			  verdict rule source missingEvidence reason importingCountry reimportedOn } } } } }""";

	static final String RECEIVED_LOAD = GlobalId.encode("Load",
			UUID.fromString("f0000000-0000-4000-8000-000000000001"));

	static final String PLANNING_LOAD = GlobalId.encode("Load",
			UUID.fromString("f0000000-0000-4000-8000-000000000003"));

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@LocalServerPort
	int port;

	static String load(ScratchLoad load) {
		return GlobalId.encode("Load", load.loadId());
	}

	static String item(UUID id) {
		return GlobalId.encode("ReturnItem", id);
	}

	Map<String, Object> input(ScratchLoad load, String kind, List<UUID> items) {
		Map<String, Object> input = new HashMap<>();
		input.put("idempotencyKey", UUID.randomUUID().toString());
		input.put("loadId", load(load));
		input.put("kind", kind);
		input.put("reference", kind + "-" + UUID.randomUUID().toString().substring(0, 8));
		input.put("issuer", "Agência Nacional / Omgevingsdienst");
		input.put("validFrom", TODAY.minusDays(30).toString());
		input.put("validUntil", TODAY.plusDays(60).toString());
		input.put("itemIds", items.stream().map(CustomsDocumentsIntegrationTests::item).toList());
		return input;
	}

	DocumentContext record(String user, Map<String, Object> input) {
		return Api.as(port, user).execute(RECORD, Map.of("input", input)).data();
	}

	/** Records as the operator and asserts it was recorded. */
	String recorded(Map<String, Object> input) {
		DocumentContext answer = record("operator", input);
		assertThat(answer.read("$.data.customsDocumentRecord.userErrors", List.class)).as(answer.jsonString())
			.isEmpty();
		return answer.read("$.data.customsDocumentRecord.document.id");
	}

	DocumentContext dispatch(String user, ScratchLoad load, int version) {
		return Api.as(port, user)
			.execute(DISPATCH, Map.of("input", Map.of("loadId", load(load), "version", version)))
			.data();
	}

	@Nullable Map<String, Object> clearance(String user, String loadId, @Nullable LocalDate on) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("id", loadId);
		variables.put("on", (on != null) ? on.toString() : null);
		return Api.as(port, user).execute(CLEARANCE, variables).data().read("$.data.customsClearance");
	}

	/**
	 * Everything a scratch load needs before it may be dispatched besides the waste
	 * papers a test is about, and the version to dispatch it at: the load crosses a
	 * customs border (BR to NL), so its declaration is created and lodged first.
	 */
	int otherwiseReady(ScratchLoad load) {
		Map<String, Object> seen = clearance("operator", load(load), TODAY);
		assertThat(seen).isNotNull();
		Api operator = Api.as(port, "operator");
		Map<String, Object> declaration = CustomsDeclarationIntegrationTests.createInput(load(load), "EUR",
				CustomsDeclarationIntegrationTests.USD_RATE);
		DocumentContext created = operator
			.execute(CustomsDeclarationIntegrationTests.CREATE, Map.of("input", declaration))
			.data();
		assertThat(created.<List<Object>>read("$.data.customsDeclarationCreate.userErrors")).isEmpty();
		Map<String, Object> lodgement = Map.of("declarationId",
				created.read("$.data.customsDeclarationCreate.declaration.id"), "version", 0, "customsReference",
				CustomsDeclarationIntegrationTests.MRN);
		DocumentContext lodged = operator.execute(CustomsDeclarationIntegrationTests.LODGE, Map.of("input", lodgement))
			.data();
		assertThat(lodged.<String>read("$.data.customsDeclarationLodge.declaration.status")).isEqualTo("LODGED");
		return 1;
	}

	/**
	 * The papers of Globex's e-waste: the Basel consent of both items, the notification
	 * of the laptops.
	 */
	void recordEWastePapers(ScratchLoad load) {
		recorded(input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets(), load.globexLaptops())));
		recorded(input(load, "PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT", List.of(load.globexLaptops())));
	}

	static List<Map<String, Object>> errors(DocumentContext answer, String mutation) {
		return answer.read("$.data." + mutation + ".userErrors");
	}

	// The gate

	@Test
	void aLoadMissingOneAnnexViiDocumentIsRefusedWithThatDocumentNamedAndRecordingItLetsTheLoadGo() throws Exception {
		GreenScratchLoad green = ScratchLoads.closedWithGreenWaste();
		ScratchLoad load = green.load();
		recordEWastePapers(load);
		int version = otherwiseReady(load);

		DocumentContext refused = dispatch("operator", load, version);
		assertThat(refused.read("$.data.loadDispatch.load", Object.class)).isNull();
		assertThat(errors(refused, "loadDispatch")).singleElement().satisfies((error) -> {
			assertThat(error.get("code")).isEqualTo("CUSTOMS_DOCUMENT_MISSING");
			assertThat(error.get("field")).isEqualTo(List.of("input", "loadId"));
			assertThat(error.get("subject")).isEqualTo(item(green.globexPaper()));
			assertThat((String) error.get("message")).contains("Annex VII document", "B3020", "GLX-PAPER-PACK",
					"GLOBEX-SCRATCH-", "15 01 01", TODAY.toString());
		});
		Map<String, Object> still = clearance("operator", load(load), null);
		assertThat(still).isNotNull();
		assertThat(statusOf(still, "GLX-PAPER-PACK")).containsExactly("MISSING");

		recorded(input(load, "ANNEX_VII_DOCUMENT", List.of(green.globexPaper())));
		DocumentContext dispatched = dispatch("operator", load, version);
		assertThat(errors(dispatched, "loadDispatch")).isEmpty();
		assertThat(dispatched.read("$.data.loadDispatch.load.status", String.class)).isEqualTo("DISPATCHED");

		// Once the load has left, waste papers are refused; relief evidence may still
		// come.
		DocumentContext late = record("operator", input(load, "ANNEX_VII_DOCUMENT", List.of(green.globexPaper())));
		assertThat(errors(late, "customsDocumentRecord")).extracting((e) -> e.get("code"), (e) -> e.get("field"))
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("CUSTOMS_LOAD_DISPATCHED", List.of("input", "loadId")));
		recorded(input(load, "INF3_INFORMATION_SHEET", List.of(load.globexWatches())));
		Map<String, Object> after = clearance("operator", load(load), null);
		assertThat(after.get("checkedOn")).as("a dispatched load is checked for its dispatch day")
			.isEqualTo(TODAY.toString());
		assertThat(statusOf(after, "GLX-PAPER-PACK")).containsExactly("PRESENT");
	}

	@Test
	void hazardousEWasteNeedsTheNotificationAndTheBaselConsentAndEWasteTheBaselConsentEachNamed() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		int version = otherwiseReady(load);
		DocumentContext refused = dispatch("operator", load, version);
		List<Map<String, Object>> errors = errors(refused, "loadDispatch");
		assertThat(errors).hasSize(3)
			.allSatisfy((error) -> assertThat(error.get("code")).isEqualTo("CUSTOMS_DOCUMENT_MISSING"));
		assertThat(errors).filteredOn((e) -> item(load.globexHandsets()).equals(e.get("subject")))
			.singleElement()
			.satisfies((e) -> assertThat((String) e.get("message")).contains("Basel", "Y49", "GLX-WEEE-HANDSET",
					"16 02 14"));
		assertThat(errors).filteredOn((e) -> item(load.globexLaptops()).equals(e.get("subject")))
			.hasSize(2)
			.anySatisfy((e) -> assertThat((String) e.get("message")).contains("notification", "Annex IV",
					"GLX-WEEE-LAPTOP-BAT", "20 01 35*"))
			.anySatisfy((e) -> assertThat((String) e.get("message")).contains("Basel", "A1181", "GLX-WEEE-LAPTOP-BAT"));
		// Acme's products need no papers.
		assertThat(errors).noneMatch((e) -> item(load.acmeEspresso()).equals(e.get("subject"))
				|| item(load.acmeDrill()).equals(e.get("subject")));

		recordEWastePapers(load);
		assertThat(errors(dispatch("operator", load, version), "loadDispatch")).isEmpty();
	}

	@Test
	void aPaperNotValidOnTheDayOfDispatchIsExpiredAndAValidOneLetsTheLoadGo() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		Map<String, Object> ended = input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets()));
		ended.put("validFrom", TODAY.minusDays(400).toString());
		ended.put("validUntil", TODAY.minusDays(1).toString());
		recorded(ended);
		Map<String, Object> notYet = input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexLaptops()));
		notYet.put("validFrom", TODAY.plusDays(1).toString());
		notYet.put("validUntil", null);
		recorded(notYet);
		recorded(input(load, "PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT", List.of(load.globexLaptops())));
		int version = otherwiseReady(load);

		List<Map<String, Object>> errors = errors(dispatch("operator", load, version), "loadDispatch");
		assertThat(errors).extracting((e) -> e.get("code"), (e) -> e.get("subject"))
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("CUSTOMS_DOCUMENT_EXPIRED", item(load.globexHandsets())),
					org.assertj.core.groups.Tuple.tuple("CUSTOMS_DOCUMENT_EXPIRED", item(load.globexLaptops())));
		assertThat(errors)
			.anySatisfy((e) -> assertThat((String) e.get("message")).contains((String) ended.get("reference"),
					"until " + TODAY.minusDays(1), "Not valid on " + TODAY.toString()));
		Map<String, Object> today = clearance("operator", load(load), TODAY);
		assertThat(statusOf(today, "GLX-WEEE-HANDSET")).containsExactly("EXPIRED");
		assertThat(statusOf(today, "GLX-WEEE-LAPTOP-BAT")).containsExactlyInAnyOrder("PRESENT", "EXPIRED");
		// The day before, the ended consent was still valid; the one not yet begun was
		// not.
		Map<String, Object> yesterday = clearance("operator", load(load), TODAY.minusDays(1));
		assertThat(statusOf(yesterday, "GLX-WEEE-HANDSET")).containsExactly("PRESENT");

		recorded(input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets(), load.globexLaptops())));
		DocumentContext dispatched = dispatch("operator", load, version);
		assertThat(errors(dispatched, "loadDispatch")).isEmpty();
		assertThat(dispatched.read("$.data.loadDispatch.load.status", String.class)).isEqualTo("DISPATCHED");
	}

	@Test
	void shippersAndTheCarrierNeitherRecordNorDispatchAndNothingChanges() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		for (String user : List.of("acme", "globex", "carrier")) {
			DocumentContext refused = record(user,
					input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets())));
			assertThat(errors(refused, "customsDocumentRecord")).as(user)
				.extracting((e) -> e.get("code"), (e) -> e.get("field"))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("NOT_PERMITTED", List.of("input", "loadId")));
			assertThat(refused.read("$.data.customsDocumentRecord.document", Object.class)).isNull();
			assertThat(errors(dispatch(user, load, 1), "loadDispatch")).as(user)
				.extracting((e) -> e.get("code"))
				.containsExactly("NOT_PERMITTED");
		}
		// A load the caller does not see answers exactly like a missing one.
		Map<String, String> foreign = Map.of("acme", PLANNING_LOAD, "globex", RECEIVED_LOAD);
		for (String user : List.of("acme", "globex", "carrier")) {
			Map<String, Object> missing = input(load, "ANNEX_VII_DOCUMENT", List.of(load.globexHandsets()));
			missing.put("loadId", GlobalId.encode("Load", UUID.randomUUID()));
			List<Map<String, Object>> missingErrors = errors(record(user, missing), "customsDocumentRecord");
			assertThat(missingErrors).as(user)
				.extracting((e) -> e.get("code"), (e) -> e.get("field"))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("NOT_FOUND", List.of("input", "loadId")));
			if (foreign.containsKey(user)) {
				Map<String, Object> theirs = new HashMap<>(missing);
				theirs.put("idempotencyKey", UUID.randomUUID().toString());
				theirs.put("loadId", foreign.get(user));
				assertThat(errors(record(user, theirs), "customsDocumentRecord")).as(user).isEqualTo(missingErrors);
			}
		}
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.count(c, "customs_document where load_id in ('f0000000-0000-4000-8000-000000000001', "
					+ "'f0000000-0000-4000-8000-000000000003', '" + load.loadId() + "')"))
				.isZero();
			c.rollback();
		}
		Map<String, Object> seen = clearance("operator", load(load), null);
		assertThat((List<?>) seen.get("documents")).isEmpty();
		assertThat((List<?>) seen.get("items")).hasSize(5);
	}

	// Recording

	@Test
	void everyProblemOfARecordingIsAnsweredAtOnceAndNothingIsRecorded() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		Map<String, Object> bad = input(load, "ANNEX_VII_DOCUMENT",
				List.of(UUID.randomUUID(), load.acmeEspresso(), load.acmeEspresso()));
		bad.put("reference", " ");
		bad.put("issuer", "x".repeat(201));
		bad.put("validFrom", TODAY.toString());
		bad.put("validUntil", TODAY.minusDays(1).toString());
		List<Map<String, Object>> errors = errors(record("operator", bad), "customsDocumentRecord");
		assertThat(errors).extracting((e) -> e.get("code"), (e) -> String.join(".", (List<String>) e.get("field")))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("REQUIRED", "input.reference"),
					org.assertj.core.groups.Tuple.tuple("TOO_LONG", "input.issuer"),
					org.assertj.core.groups.Tuple.tuple("CUSTOMS_VALIDITY_REVERSED", "input.validUntil"),
					org.assertj.core.groups.Tuple.tuple("INVALID", "input.itemIds.2"),
					org.assertj.core.groups.Tuple.tuple("CUSTOMS_ITEM_NOT_IN_LOAD", "input.itemIds.0"),
					org.assertj.core.groups.Tuple.tuple("CUSTOMS_DOCUMENT_NOT_NEEDED", "input.itemIds.1"),
					org.assertj.core.groups.Tuple.tuple("CUSTOMS_DOCUMENT_NOT_NEEDED", "input.itemIds.2"));

		Map<String, Object> none = input(load, "ANNEX_VII_DOCUMENT", List.of());
		assertThat(errors(record("operator", none), "customsDocumentRecord"))
			.extracting((e) -> e.get("code"), (e) -> String.join(".", (List<String>) e.get("field")))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("REQUIRED", "input.itemIds"));

		// A kind the item does not need: a green paper for e-waste, relief evidence for
		// waste, evidence the item's relief rule (EU_UCC_203) does not name.
		for (Object[] unneeded : new Object[][] { { "ANNEX_VII_DOCUMENT", load.globexHandsets(), "Y49" },
				{ "INF3_INFORMATION_SHEET", load.globexHandsets(), "waste" },
				{ "PROOF_OF_EXPORT", load.acmeEspresso(), "EU_UCC_203" },
				{ "BASEL_PRIOR_INFORMED_CONSENT", load.acmeEspresso(), "not waste" } }) {
			List<Map<String, Object>> refused = errors(
					record("operator", input(load, (String) unneeded[0], List.of((UUID) unneeded[1]))),
					"customsDocumentRecord");
			assertThat(refused).as("%s", unneeded[0]).singleElement().satisfies((e) -> {
				assertThat(e.get("code")).isEqualTo("CUSTOMS_DOCUMENT_NOT_NEEDED");
				assertThat(e.get("field")).isEqualTo(List.of("input", "itemIds", "0"));
				assertThat((String) e.get("message")).contains((String) unneeded[2]);
			});
		}
		Map<String, Object> seen = clearance("operator", load(load), null);
		assertThat((List<?>) seen.get("documents")).isEmpty();
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.count(c, "customs_document where load_id = '" + load.loadId() + "'")).isZero();
			c.rollback();
		}
	}

	@Test
	void aRetryWithTheSameKeyAnswersTheFirstDocumentAndAnotherInputUnderItIsRefused() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		Map<String, Object> input = input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets()));
		String first = recorded(input);
		String again = recorded(input);
		assertThat(again).isEqualTo(first);
		Map<String, Object> other = new HashMap<>(input);
		other.put("reference", "ANOTHER-1");
		assertThat(errors(record("operator", other), "customsDocumentRecord")).extracting((e) -> e.get("code"))
			.containsExactly("IDEMPOTENCY_KEY_REUSED");
		Map<String, Object> seen = clearance("operator", load(load), null);
		assertThat((List<Map<String, Object>>) seen.get("documents")).singleElement()
			.satisfies((d) -> assertThat(d.get("id")).isEqualTo(first));
	}

	// Who reads what

	@Test
	void eachReaderSeesItsShareOfTheClearanceAndAForeignLoadAnswersLikeAMissingOne() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		String basel = recorded(input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets())));
		String inf3 = recorded(
				input(load, "INF3_INFORMATION_SHEET", List.of(load.acmeEspresso(), load.globexWatches())));

		Map<String, Object> operator = clearance("operator", load(load), null);
		assertThat(operator.get("transboundary")).isEqualTo(true);
		assertThat(operator.get("checkedOn")).isEqualTo(ScratchLoads.DEPARTURE.toLocalDate().toString());
		assertThat(skus(operator)).containsExactlyInAnyOrder("ESP-900", "DRL-18V", "GLX-WEEE-HANDSET",
				"GLX-WEEE-LAPTOP-BAT", "GLX-WATCH-2");
		assertThat(statusOf(operator, "GLX-WEEE-HANDSET")).containsExactly("PRESENT");
		assertThat(statusOf(operator, "GLX-WEEE-LAPTOP-BAT")).containsExactly("MISSING", "MISSING");
		assertThat(statusOf(operator, "ESP-900")).isEmpty();
		assertThat(documentItems(operator)).containsEntry(basel, List.of("GLX-WEEE-HANDSET"))
			.containsEntry(inf3, List.of("ESP-900", "GLX-WATCH-2"));

		Map<String, Object> acme = clearance("acme", load(load), null);
		assertThat(skus(acme)).containsExactlyInAnyOrder("ESP-900", "DRL-18V");
		assertThat(documentItems(acme)).containsOnlyKeys(inf3).containsEntry(inf3, List.of("ESP-900"));

		Map<String, Object> globex = clearance("globex", load(load), null);
		assertThat(skus(globex)).containsExactlyInAnyOrder("GLX-WEEE-HANDSET", "GLX-WEEE-LAPTOP-BAT", "GLX-WATCH-2");
		assertThat(documentItems(globex)).containsOnlyKeys(basel, inf3)
			.containsEntry(basel, List.of("GLX-WEEE-HANDSET"))
			.containsEntry(inf3, List.of("GLX-WATCH-2"));

		Map<String, Object> carrier = clearance("carrier", load(load), null);
		assertThat((List<?>) carrier.get("items")).isEmpty();
		assertThat(documentItems(carrier)).containsOnlyKeys(basel, inf3)
			.containsEntry(basel, List.of())
			.containsEntry(inf3, List.of());
		assertThat((List<Map<String, Object>>) carrier.get("documents"))
			.allSatisfy((d) -> assertThat(d).containsKeys("reference", "issuer", "validFrom", "validUntil"));

		String missing = GlobalId.encode("Load", UUID.randomUUID());
		for (String user : List.of("operator", "acme", "globex", "carrier")) {
			assertThat(clearance(user, missing, null)).as(user).isNull();
		}
		assertThat(clearance("globex", RECEIVED_LOAD, null)).as("a load with Acme's parcels only").isNull();
		assertThat(clearance("acme", PLANNING_LOAD, null)).isNull();
		assertThat(clearance("acme", RECEIVED_LOAD, null)).as("the positive control").isNotNull();
		assertThat(clearance("operator", RECEIVED_LOAD, null).get("transboundary"))
			.as("Madrid to Rotterdam: two countries")
			.isEqualTo(true);
	}

	@Test
	void theTablesShowEachReaderItsOwnRowsAndWouldNotWithoutRowLevelSecurity() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		recorded(input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets())));
		recorded(input(load, "INF3_INFORMATION_SHEET", List.of(load.acmeEspresso(), load.globexWatches())));
		String documents = "customs_document where load_id = '" + load.loadId() + "'";
		String links = "customs_document_item i join customs_document d on d.id = i.document_id where d.load_id = '"
				+ load.loadId() + "'";
		String foreignLinks = "customs_document_item where item_id = '" + load.globexWatches() + "'";
		List<String> tables = List.of("customs_document", "customs_document_item");
		record Expected(UUID org, String kind, long documents, long links, long globexWatchLinks) {
		}
		for (Expected expected : List.of(new Expected(Fixtures.OPERATOR, "OPERATOR", 2, 3, 1),
				new Expected(Fixtures.ACME, "SHIPPER", 1, 1, 0), new Expected(Fixtures.GLOBEX, "SHIPPER", 2, 2, 1),
				new Expected(Fixtures.CARRIER, "CARRIER", 2, 0, 0))) {
			try (Connection c = RlsProbe.app(expected.org(), expected.kind())) {
				RlsProbe.assertSubjectToRowLevelSecurity(c);
				assertThat(RlsProbe.count(c, documents)).as("%s documents", expected).isEqualTo(expected.documents());
				assertThat(RlsProbe.count(c, links)).as("%s links", expected).isEqualTo(expected.links());
				assertThat(RlsProbe.count(c, foreignLinks)).as("%s", expected).isEqualTo(expected.globexWatchLinks());
				c.rollback();
			}
		}
		// The negative control: without the policies Acme and the carrier would see all.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(tables, Fixtures.ACME, "SHIPPER", documents)).isEqualTo(2);
		assertThat(RlsProbe.countWithRowLevelSecurityOff(tables, Fixtures.ACME, "SHIPPER", foreignLinks)).isEqualTo(1);
		assertThat(RlsProbe.countWithRowLevelSecurityOff(tables, Fixtures.CARRIER, "CARRIER", links)).isEqualTo(3);
		// A shipper cannot write a document or a link, not even about its own item.
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			assertThatThrownBy(() -> RlsProbe.update(c,
					"""
							insert into customs_document (operator_id, id, load_id, carrier_id, kind, reference, issuer,
							                              valid_from, recorded_by, recorded_at)
							values ('%s', '%s', '%s', '%s', 'INF3_INFORMATION_SHEET', 'FORGED', 'Acme', current_date, 'x', now())"""
						.formatted(Fixtures.OPERATOR, UUID.randomUUID(), load.loadId(), Fixtures.CARRIER)))
				.hasMessageContaining("row-level security");
			c.rollback();
		}
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			String own = RlsProbe.text(c, "select id from customs_document where load_id = '" + load.loadId() + "'");
			assertThatThrownBy(
					() -> RlsProbe.update(c,
							"""
									insert into customs_document_item (operator_id, document_id, shipper_id, return_id, item_id)
									values ('%s', '%s', '%s', '%s', '%s')"""
								.formatted(Fixtures.OPERATOR, own, Fixtures.ACME, load.acmeReturn(), load.acmeDrill())))
				.hasMessageContaining("row-level security");
			c.rollback();
		}
	}

	// Relief

	@Test
	void reliefPerItemOnTheSeaLaneAndARecordedInf3ChangesTheSmartwatchWithoutExport() throws Exception {
		ScratchLoad load = ScratchLoads.closed();
		Map<String, Map<String, Object>> acme = relief("acme", load.acmeReturn());
		assertThat(acme.get("ESP-900")).containsEntry("verdict", "ELIGIBLE")
			.containsEntry("rule", "EU_UCC_203")
			.containsEntry("importingCountry", "NL")
			.containsEntry("reimportedOn", ScratchLoads.DEPARTURE.toLocalDate().toString())
			.containsEntry("missingEvidence", List.of());
		assertThat((String) acme.get("ESP-900").get("source")).contains("952/2013");
		assertThat(acme.get("DRL-18V")).containsEntry("verdict", "NOT_ELIGIBLE").containsEntry("rule", "EU_UCC_203");
		assertThat((String) acme.get("DRL-18V").get("reason")).contains("state", "DEFECTIVE");

		Map<String, Map<String, Object>> globex = relief("globex", load.globexReturn());
		assertThat(globex.get("GLX-WATCH-2")).containsEntry("verdict", "EVIDENCE_MISSING")
			.containsEntry("rule", "EU_UCC_203")
			.containsEntry("missingEvidence",
					List.of(List.of("EXPORT_DECLARATION_REFERENCE", "INF3_INFORMATION_SHEET")));
		assertThat((String) globex.get("GLX-WATCH-2").get("reason")).contains("No original export");
		assertThat(globex.get("GLX-WEEE-HANDSET")).containsEntry("verdict", "NOT_ELIGIBLE");
		assertThat((String) globex.get("GLX-WEEE-HANDSET").get("reason")).contains("Waste");
		// The operator of the program sees the same.
		assertThat(relief("operator", load.globexReturn())).isEqualTo(globex);
		// The carrier sees no return, so no item and no relief.
		assertThat(Api.as(port, "carrier")
			.execute(RELIEF, Map.of("id", GlobalId.encode("ReturnOrder", load.globexReturn())))
			.data()
			.read("$.data.node", Object.class)).isNull();

		Map<String, Object> inf3 = input(load, "INF3_INFORMATION_SHEET", List.of(load.globexWatches()));
		inf3.put("validFrom", "2026-10-01");
		inf3.put("validUntil", null);
		recorded(inf3);
		Map<String, Object> watch = relief("globex", load.globexReturn()).get("GLX-WATCH-2");
		assertThat(watch).containsEntry("verdict", "ELIGIBLE").containsEntry("missingEvidence", List.of());
		assertThat((String) watch.get("reason")).contains("2026-10-01", (String) inf3.get("reference"));
		// Acme's view of its own items did not change, and its items are not covered.
		assertThat(relief("acme", load.acmeReturn())).isEqualTo(acme);
		// Another shipper's return answers like a missing one.
		assertThat(Api.as(port, "acme")
			.execute(RELIEF, Map.of("id", GlobalId.encode("ReturnOrder", load.globexReturn())))
			.data()
			.read("$.data.node", Object.class)).isNull();
	}

	@Test
	void reliefIsBatchedForAPageOfReturnsAndNullOffTheCustomsBorder() throws Exception {
		for (int i = 0; i < 6; i++) {
			ScratchLoads.closed();
		}
		String page = """
				query($first: Int!) { returns(first: $first) { edges { node { rmaNumber
				  items { sku relief { verdict rule missingEvidence } } } } } }""";
		for (String user : List.of("acme", "operator")) {
			Api api = Api.as(port, user);
			api.execute(page, Map.of("first", 2)).data();
			SqlStatements.reset();
			List<Map<String, Object>> two = api.execute(page, Map.of("first", 2)).data().read("$.data.returns.edges");
			int forTwo = SqlStatements.count();
			List<String> log = SqlStatements.statements();
			SqlStatements.reset();
			List<Map<String, Object>> six = api.execute(page, Map.of("first", 6)).data().read("$.data.returns.edges");
			int forSix = SqlStatements.count();
			assertThat(two).hasSize(2);
			assertThat(six).hasSize(6);
			assertThat(forSix).as("%s: statements for 2 returns: %s", user, log).isEqualTo(forTwo);
			assertThat(log).as("%s", log)
				.anyMatch((sql) -> sql.contains("from customs_document"))
				.anyMatch((sql) -> sql.contains("join unit_parcel"));
			assertThat(six.toString()).contains("EU_UCC_203", "ELIGIBLE");
		}
		// Acme's returns of the demo are in no load across a customs border: null.
		List<Map<String, Object>> all = Api.as(port, "acme")
			.execute(page, Map.of("first", 100))
			.data()
			.read("$.data.returns.edges[*].node.items[*]");
		assertThat(all).anySatisfy((item) -> assertThat(item.get("relief")).isNull())
			.anySatisfy((item) -> assertThat(item.get("relief")).isNotNull());
		// In a load from Madrid to Rotterdam (one customs territory) an item has no
		// relief;
		// in one from São Paulo it has.
		String reliefInLoad = """
				query($id: ID!) { customsClearance(loadId: $id) { items { item { sku relief { verdict } } } } }""";
		List<Map<String, Object>> domestic = Api.as(port, "acme")
			.execute(reliefInLoad, Map.of("id", RECEIVED_LOAD))
			.data()
			.read("$.data.customsClearance.items[*].item");
		assertThat(domestic).isNotEmpty().allSatisfy((item) -> assertThat(item.get("relief")).isNull());
		List<Map<String, Object>> crossing = Api.as(port, "acme")
			.execute(reliefInLoad, Map.of("id", load(ScratchLoads.closed())))
			.data()
			.read("$.data.customsClearance.items[*].item");
		assertThat(crossing).hasSize(2).allSatisfy((item) -> assertThat(item.get("relief")).isNotNull());
	}

	@Test
	void theClearanceTakesTheSameStatementsWhateverTheNumberOfItems() throws Exception {
		ScratchLoad five = ScratchLoads.closed();
		ScratchLoad six = ScratchLoads.closedWithGreenWaste().load();
		for (ScratchLoad load : List.of(five, six)) {
			recorded(input(load, "BASEL_PRIOR_INFORMED_CONSENT", List.of(load.globexHandsets(), load.globexLaptops())));
		}
		clearance("operator", load(five), null);
		SqlStatements.reset();
		Map<String, Object> fiveItems = clearance("operator", load(five), null);
		int forFive = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		SqlStatements.reset();
		Map<String, Object> sixItems = clearance("operator", load(six), null);
		int forSix = SqlStatements.count();
		assertThat((List<?>) fiveItems.get("items")).hasSize(5);
		assertThat((List<?>) sixItems.get("items")).hasSize(6);
		assertThat(forSix).as("%s", log).isEqualTo(forFive);
		assertThat(forFive).as("%s", log).isLessThanOrEqualTo(8);
	}

	static List<String> skus(Map<String, Object> clearance) {
		List<String> skus = new ArrayList<>();
		for (Map<String, Object> item : (List<Map<String, Object>>) clearance.get("items")) {
			skus.add((String) ((Map<String, Object>) item.get("item")).get("sku"));
		}
		return skus;
	}

	static List<String> statusOf(Map<String, Object> clearance, String sku) {
		for (Map<String, Object> item : (List<Map<String, Object>>) clearance.get("items")) {
			if (sku.equals(((Map<String, Object>) item.get("item")).get("sku"))) {
				return ((List<Map<String, Object>>) item.get("needs")).stream()
					.map((need) -> (String) need.get("status"))
					.toList();
			}
		}
		throw new AssertionError(sku + " is not in " + clearance);
	}

	static Map<String, List<String>> documentItems(Map<String, Object> clearance) {
		Map<String, List<String>> byDocument = new HashMap<>();
		for (Map<String, Object> document : (List<Map<String, Object>>) clearance.get("documents")) {
			byDocument.put((String) document.get("id"),
					((List<Map<String, Object>>) document.get("items")).stream()
						.map((item) -> (String) item.get("sku"))
						.sorted()
						.toList());
		}
		return byDocument;
	}

	Map<String, Map<String, Object>> relief(String user, UUID returnId) {
		List<Map<String, Object>> items = Api.as(port, user)
			.execute(RELIEF, Map.of("id", GlobalId.encode("ReturnOrder", returnId)))
			.data()
			.read("$.data.node.items");
		Map<String, Map<String, Object>> bySku = new HashMap<>();
		items.forEach((item) -> bySku.put((String) item.get("sku"), (Map<String, Object>) item.get("relief")));
		return bySku;
	}

}
