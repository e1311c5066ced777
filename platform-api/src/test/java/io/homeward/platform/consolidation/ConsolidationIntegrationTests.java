package io.homeward.platform.consolidation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.shared.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consolidation over HTTP with real tokens, on the demo's loads: what each organization
 * sees of a shared load, the cross-tenant matrix of every query and mutation (a foreign
 * id answers like a missing one and changes nothing), statements per page, and the
 * labels.
 */
@IntegrationTest
class ConsolidationIntegrationTests {

	static final String RECEIVED_LOAD = GlobalId.encode(Load.TYPE,
			UUID.fromString("f0000000-0000-4000-8000-000000000001"));

	static final String SHARED_LOAD = GlobalId.encode(Load.TYPE,
			UUID.fromString("f0000000-0000-4000-8000-000000000002"));

	static final String PLANNING_LOAD = GlobalId.encode(Load.TYPE,
			UUID.fromString("f0000000-0000-4000-8000-000000000003"));

	static final UUID PALLET = UUID.fromString("f1000000-0000-4000-8000-000000000002");

	static final String MISSING_LOAD = GlobalId.encode(Load.TYPE, UUID.randomUUID());

	static final String MISSING_UNIT = GlobalId.encode(HandlingUnit.TYPE, UUID.randomUUID());

	@LocalServerPort
	int port;

	static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/consolidation/" + name + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The tracking codes of Acme's and Globex's returns in the shared load, on their
	 * labels.
	 */
	static final String ACME_W49_CODE = "HWE3RW84EBYKEBCPQD";

	static final String GLOBEX_W49_CODE = "HWEJ1ZHE30SF9S2376";

	String node(String user, String id) {
		return Api.as(port, user).execute(document("load-node"), Map.of("id", id)).data().jsonString();
	}

	@Test
	void eachOrganizationSeesItsOwnShareOfASharedLoad() {
		String operator = node("operator", SHARED_LOAD);
		assertThat(operator).contains("ACME-2026-0006-P1", "GLOBEX-2026-0007-P1", "106141410000000019");

		String acme = node("acme", SHARED_LOAD);
		assertThat(acme).contains("MAD-RTM-2026-W49", "MAD-RTM-ROAD", "ACME-2026-0006-P1")
			.doesNotContain("GLOBEX", "Globex", "106141410000000019");
		String globex = node("globex", SHARED_LOAD);
		assertThat(globex).contains("GLOBEX-2026-0007-P1").doesNotContain("ACME", "Acme");

		String carrier = node("carrier", SHARED_LOAD);
		assertThat(carrier).contains("106141410000000019", "3481", "\"weightKg\"")
			.doesNotContain("ACME", "GLOBEX", "Acme", "Globex", "unitValue");
		// The carrier reads each parcel by its label's tracking code; each shipper sees
		// its own parcel's code only.
		assertThat(carrier).contains(ACME_W49_CODE, GLOBEX_W49_CODE);
		assertThat(acme).contains(ACME_W49_CODE).doesNotContain(GLOBEX_W49_CODE);
		assertThat(globex).contains(GLOBEX_W49_CODE).doesNotContain(ACME_W49_CODE);

		// A shipper with nothing in a load does not see it at all.
		assertThat(node("globex", RECEIVED_LOAD)).isEqualTo("{\"data\":{\"node\":null}}");
		// Receipt lines: Acme its damaged parcel, never the operator's unexpected line.
		String acmeReceipt = node("acme", RECEIVED_LOAD);
		assertThat(acmeReceipt).contains("DAMAGED", "ACME-2026-0008-P1").doesNotContain("UNEXPECTED");
		assertThat(node("operator", RECEIVED_LOAD)).contains("DAMAGED", "UNEXPECTED", "UNLABELLED-01", "SEAL_MISMATCH");
		assertThat(node("carrier", RECEIVED_LOAD)).doesNotContain("DAMAGED", "UNEXPECTED");
	}

	String statements(String user, String loadId) {
		return Api.as(port, user).execute(document("cost-statements"), Map.of("loadId", loadId)).data().jsonString();
	}

	@Test
	void eachShipperReadsOnlyItsOwnCostLineOfASharedLoadAndTheOperatorEveryLineWithTheReconciliation() {
		String operator = statements("operator", SHARED_LOAD);
		assertThat(operator).contains("RF-2026-1049", "\"flagged\":true", "Acme", "Globex", "48.15", "5.35");
		String acme = statements("acme", SHARED_LOAD);
		assertThat(acme).contains("48.15", "72.26", "24.11", "Acme")
			.doesNotContain("Globex", "5.35", "RF-2026-1049", "50.4")
			.contains("\"reconciliation\":null");
		String globex = statements("globex", SHARED_LOAD);
		assertThat(globex).contains("5.35", "61.48", "Globex").doesNotContain("Acme", "48.15", "RF-2026-1049");
		assertThat(statements("carrier", SHARED_LOAD)).contains("\"reconciliation\":null", "\"lines\":[]")
			.doesNotContain("48.15", "5.35");
		// A shipper with nothing in the load reads nothing of it, not even the load.
		assertThat(statements("globex", RECEIVED_LOAD))
			.isEqualTo("{\"data\":{\"costStatements\":{\"load\":null,\"reconciliation\":null,\"lines\":[]}}}");
		assertThat(statements("acme", RECEIVED_LOAD)).contains("52.0", "-30.17", "no split keeps every shipper");
	}

	@Test
	void costStatementsTakeTheSameStatementsForOneShipperAndForTwo() {
		Api operator = Api.as(port, "operator");
		int[] counts = new int[2];
		List<String> one = null;
		for (int i = 0; i < 2; i++) {
			String load = (i == 0) ? RECEIVED_LOAD : SHARED_LOAD;
			operator.execute(document("cost-statements"), Map.of("loadId", load)).data();
			SqlStatements.reset();
			operator.execute(document("cost-statements"), Map.of("loadId", load)).data();
			counts[i] = SqlStatements.count();
			if (i == 0) {
				one = SqlStatements.statements();
			}
		}
		assertThat(counts[1]).as("%s", one).isEqualTo(counts[0]);
	}

	static final String LOAD_PLAN = """
			mutation($input: LoadPlanInput!) {
			  loadPlan(input: $input) { proposal { id lane { code } solver status loadsUsed lowerBound gap baselineLoadsUsed
			    assignments { parcelId loadId newLoad } loads { kgPercent } } userErrors { field code } }
			}""";

	static final String LOAD_PLAN_ACCEPT = """
			mutation($input: LoadPlanAcceptInput!) {
			  loadPlanAccept(input: $input) { loads { reference } userErrors { field code } }
			}""";

	/** Madrid and EU-CONSUMER: its one consolidated lane from there is MAD-RTM-ROAD. */
	static Map<String, Object> planInput(String hub, String program) {
		return Map.of("hubId", GlobalId.encode("Hub", UUID.fromString(hub)), "programId",
				GlobalId.encode("Program", UUID.fromString(program)), "timeLimitSeconds", 1, "maxNewLoads", 10,
				"newLoadCapacityKg", "1000", "newLoadCapacityM3", "10", "newLoadCutoffAt", "2027-06-01T08:00:00Z",
				"newLoadDepartureAt", "2027-06-01T10:00:00Z");
	}

	static final String MADRID = "a0000000-0000-4000-8000-000000000001";

	static final String EU_CONSUMER = "c0000000-0000-4000-8000-000000000001";

	static long proposals() throws java.sql.SQLException {
		return io.homeward.platform.tenancy.RlsProbe.countWithRowLevelSecurityOff(List.of("load_plan_proposal"),
				io.homeward.platform.Fixtures.OPERATOR, "OPERATOR", "load_plan_proposal");
	}

	@Test
	void onlyTheOperatorPlansLoadsAndAcceptsItsProposals() throws Exception {
		Map<String, Object> input = planInput(MADRID, EU_CONSUMER);
		var planned = Api.as(port, "operator").execute(LOAD_PLAN, Map.of("input", input)).data();
		assertThat(planned.<List<Object>>read("$.data.loadPlan.userErrors")).isEmpty();
		String proposal = planned.read("$.data.loadPlan.proposal.id");
		assertThat(proposal).isNotBlank();
		assertThat(planned.<String>read("$.data.loadPlan.proposal.lane.code")).isEqualTo("MAD-RTM-ROAD");
		long stored = proposals();
		for (String user : List.of("acme", "globex", "carrier")) {
			assertThat(Api.as(port, user).execute(LOAD_PLAN, Map.of("input", input)).data().jsonString())
				.contains("NOT_PERMITTED", "\"proposal\":null");
			assertThat(Api.as(port, user)
				.execute(LOAD_PLAN_ACCEPT, Map.of("input", Map.of("proposalId", proposal)))
				.data()
				.jsonString()).contains("NOT_PERMITTED", "\"loads\":null");
		}
		assertThat(proposals()).as("nothing stored for the refused").isEqualTo(stored);
		assertThat(Api.as(port, "operator")
			.execute(LOAD_PLAN_ACCEPT,
					Map.of("input", Map.of("proposalId", GlobalId.encode("LoadPlanProposal", UUID.randomUUID()))))
			.data()
			.jsonString()).contains("NOT_FOUND");
	}

	@Test
	void aPlanForAHubWithoutOrWithSeveralLanesOfTheProgramIsRefusedWithTheirPathAndNothingStored() throws Exception {
		long before = proposals();
		Api operator = Api.as(port, "operator");
		// São Paulo into EU-CONSUMER: no lane; into GLOBAL-RECOVERY: by sea or by air.
		assertThat(operator
			.execute(LOAD_PLAN, Map.of("input", planInput("a0000000-0000-4000-8000-000000000002", EU_CONSUMER)))
			.data()
			.jsonString())
			.isEqualTo("{\"data\":{\"loadPlan\":{\"proposal\":null,\"userErrors\":"
					+ "[{\"field\":[\"input\",\"hubId\"],\"code\":\"NO_LANE_FROM_HUB\"}]}}}");
		assertThat(operator
			.execute(LOAD_PLAN,
					Map.of("input",
							planInput("a0000000-0000-4000-8000-000000000002", "c0000000-0000-4000-8000-000000000002")))
			.data()
			.jsonString())
			.isEqualTo("{\"data\":{\"loadPlan\":{\"proposal\":null,\"userErrors\":"
					+ "[{\"field\":[\"input\",\"laneId\"],\"code\":\"LANE_AMBIGUOUS\"}]}}}");
		// An unknown hub answers NOT_FOUND on its path, for every caller kind alike
		// after the permission check.
		Map<String, Object> unknown = new java.util.HashMap<>(planInput(MADRID, EU_CONSUMER));
		unknown.put("hubId", GlobalId.encode("Hub", UUID.randomUUID()));
		assertThat(operator.execute(LOAD_PLAN, Map.of("input", unknown)).data().jsonString())
			.isEqualTo("{\"data\":{\"loadPlan\":{\"proposal\":null,\"userErrors\":"
					+ "[{\"field\":[\"input\",\"hubId\"],\"code\":\"NOT_FOUND\"}]}}}");
		for (String user : List.of("acme", "carrier")) {
			assertThat(Api.as(port, user).execute(LOAD_PLAN, Map.of("input", unknown)).data().jsonString()).as(user)
				.contains("NOT_PERMITTED", "\"proposal\":null");
		}
		assertThat(proposals()).as("nothing stored").isEqualTo(before);
	}

	@Test
	void onlyTheLoadsOperatorRecordsAnInvoice() {
		String mutation = """
				mutation($input: LoadCostRecordInput!) {
				  loadCostRecord(input: $input) { statements { lines { share } } userErrors { field code } }
				}""";
		for (String user : List.of("acme", "globex", "carrier")) {
			assertThat(Api.as(port, user)
				.execute(mutation,
						Map.of("input",
								Map.of("loadId", SHARED_LOAD, "amount", "10.00", "currency", "EUR", "invoiceReference",
										"X-" + user)))
				.data()
				.jsonString()).contains("NOT_PERMITTED").contains("\"statements\":null");
		}
		assertThat(Api.as(port, "operator")
			.execute(mutation,
					Map.of("input",
							Map.of("loadId", SHARED_LOAD, "amount", "10.00", "currency", "EUR", "invoiceReference",
									"X-again")))
			.data()
			.jsonString()).contains("INVOICE_RECORDED");
		assertThat(statements("operator", SHARED_LOAD)).contains("RF-2026-1049").doesNotContain("X-again");
	}

	@Test
	void onlyTheProgramsOperatorsAdminSetsItsCostSharingMethod() {
		String mutation = """
				mutation($input: ProgramCostSharingInput!) {
				  programCostSharingSet(input: $input) { method userErrors { field code } }
				}""";
		String program = GlobalId.encode("Program", io.homeward.platform.Fixtures.GLOBAL_RECOVERY);
		Map<String, Object> input = Map.of("input", Map.of("programId", program, "method", "DEFAULT"));
		for (String user : List.of("operator-clerk", "acme", "globex", "carrier")) {
			assertThat(Api.as(port, user).execute(mutation, input).data().jsonString()).contains("NOT_PERMITTED")
				.contains("\"method\":null");
		}
		assertThat(Api.as(port, "operator")
			.execute(mutation,
					Map.of("input",
							Map.of("programId", GlobalId.encode("Program", UUID.randomUUID()), "method", "SHAPLEY")))
			.data()
			.jsonString()).contains("NOT_FOUND").contains("\"method\":null");
		assertThat(Api.as(port, "operator").execute(mutation, input).data().jsonString())
			.contains("\"method\":\"DEFAULT\"")
			.contains("\"userErrors\":[]");
		// The carrier reads no statements and so no program method either.
		assertThat(Api.as(port, "carrier")
			.execute("query($id: ID!) { costStatements(loadId: $id) { programMethod lines { share } } }",
					Map.of("id", SHARED_LOAD))
			.data()
			.jsonString()).contains("\"programMethod\":null");
	}

	@Test
	void theLoadsConnectionShowsEachReaderItsLoads() {
		assertThat(references("operator")).contains("MAD-RTM-2026-W47", "MAD-RTM-2026-W49", "MAD-RTM-2026-W51");
		assertThat(references("carrier")).contains("MAD-RTM-2026-W47", "MAD-RTM-2026-W49", "MAD-RTM-2026-W51");
		assertThat(references("acme")).contains("MAD-RTM-2026-W47", "MAD-RTM-2026-W49")
			.doesNotContain("MAD-RTM-2026-W51");
		assertThat(references("globex")).contains("MAD-RTM-2026-W49")
			.doesNotContain("MAD-RTM-2026-W47", "MAD-RTM-2026-W51");
		String globexNotices = Api.as(port, "globex")
			.execute("{ advanceNotices { load { reference } parcels { reference } } }")
			.data()
			.jsonString();
		assertThat(globexNotices).contains("MAD-RTM-2026-W49", "GLOBEX-2026-0007-P1").doesNotContain("ACME");
		assertThat(Api.as(port, "carrier").execute("{ advanceNotices { load { reference } } }").data().jsonString())
			.isEqualTo("{\"data\":{\"advanceNotices\":[]}}");
	}

	List<String> references(String user) {
		return Api.as(port, user)
			.execute(document("loads"), Map.of("first", 100))
			.data()
			.read("$.data.loads.edges[*].node.reference");
	}

	static final String TRANSITION = """
			mutation($input: %s!) { %s(input: $input) { load { id status version } userErrors { field code } } }""";

	static final String UNIT_MUTATION = """
			mutation($input: %s!) { %s(input: $input) { %s userErrors { field code } } }""";

	/**
	 * Every mutation with another tenant's ids answers exactly like with ids that name
	 * nothing, and the objects stay as they were.
	 */
	@Test
	void mutationsOnForeignObjectsAnswerLikeMissingOnesAndChangeNothing() {
		String before = node("operator", RECEIVED_LOAD) + node("operator", PLANNING_LOAD);
		String pallet = GlobalId.encode(HandlingUnit.TYPE, PALLET);
		for (String user : List.of("globex", "acme", "carrier")) {
			for (String load : List.of(RECEIVED_LOAD, PLANNING_LOAD)) {
				boolean visible = !(user.equals("globex") || (user.equals("acme") && load.equals(PLANNING_LOAD)));
				for (String[] mutation : List.of(new String[] { "loadClose", "LoadCloseInput" },
						new String[] { "loadDispatch", "LoadTransitionInput" },
						new String[] { "loadDepart", "LoadTransitionInput" },
						new String[] { "loadArrive", "LoadTransitionInput" },
						new String[] { "loadReceive", "LoadReceiveInput" })) {
					Map<String, Object> input = switch (mutation[0]) {
						case "loadClose" -> Map.of("version", 0, "sealNumber", "X");
						case "loadReceive" -> Map.of("version", 5, "lines", List.of());
						default -> Map.of("version", 0);
					};
					String foreign = transition(user, mutation, load, input);
					String missing = transition(user, mutation, MISSING_LOAD, input);
					assertThat(missing).as(user + " " + mutation[0]).contains("NOT_FOUND");
					if (!visible) {
						assertThat(foreign).as(user + " " + mutation[0] + " " + load).isEqualTo(missing);
					}
					else {
						// A load the caller sees but may not move: refused, nothing
						// changes.
						assertThat(foreign).as(user + " " + mutation[0] + " " + load).contains("\"load\":null");
					}
				}
			}
			for (String[] mutation : List.of(new String[] { "unitClose", "UnitCloseInput", "unit { id }" },
					new String[] { "unitReopen", "UnitReopenInput", "unit { id }" },
					new String[] { "unitPack", "UnitPackInput", "unit { id } load { id }" },
					new String[] { "unitUnpack", "UnitUnpackInput", "unit { id } load { id }" })) {
				String foreign = unitMutation(user, mutation, unitInput(mutation[0], pallet));
				String missing = unitMutation(user, mutation, unitInput(mutation[0], MISSING_UNIT));
				assertThat(foreign).as(user + " " + mutation[0]).isEqualTo(missing);
			}
			String create = Api.as(port, user)
				.execute(UNIT_MUTATION.formatted("UnitCreateInput", "unitCreate", "unit { id }"), Map.of("input",
						Map.of("idempotencyKey", UUID.randomUUID().toString(), "kind", "BAG", "hubId",
								GlobalId.encode("Hub", UUID.fromString("a0000000-0000-4000-8000-000000000001")),
								"programId",
								GlobalId.encode("Program", UUID.fromString("c0000000-0000-4000-8000-000000000001")))))
				.data()
				.jsonString();
			assertThat(create).as(user).contains("NOT_PERMITTED").contains("\"unit\":null");
			String loadCreate = Api.as(port, user)
				.execute(TRANSITION.formatted("LoadCreateInput", "loadCreate"), Map.of("input",
						Map.of("idempotencyKey", UUID.randomUUID().toString(), "reference", "X-" + user, "programId",
								GlobalId.encode("Program", UUID.fromString("c0000000-0000-4000-8000-000000000001")),
								"laneId",
								GlobalId.encode("Lane", UUID.fromString("b0000000-0000-4000-8000-000000000001")),
								"cutoffAt", "2027-01-01T00:00:00Z", "departureAt", "2027-01-02T00:00:00Z", "capacityKg",
								"100", "capacityM3", "1")))
				.data()
				.jsonString();
			assertThat(loadCreate).as(user).contains("NOT_PERMITTED");
			assertThat(node(user, MISSING_UNIT)).isEqualTo("{\"data\":{\"node\":null}}");
		}
		// Shippers never see units; the carrier sees the units of its loads.
		assertThat(node("acme", pallet)).isEqualTo("{\"data\":{\"node\":null}}");
		assertThat(node("globex", pallet)).isEqualTo("{\"data\":{\"node\":null}}");
		assertThat(node("carrier", pallet)).contains("106141410000000019", "MAD-RTM-2026-W49");
		assertThat(node("operator", RECEIVED_LOAD) + node("operator", PLANNING_LOAD)).isEqualTo(before);
	}

	static Map<String, Object> unitInput(String mutation, String unit) {
		return switch (mutation) {
			case "unitClose" -> Map.of("unitId", unit, "sealNumber", "S-1");
			case "unitReopen" -> Map.of("unitId", unit, "reason", "check");
			case "unitPack" -> Map.of("into", unit, "unitId", MISSING_UNIT);
			default -> Map.of("unitId", unit);
		};
	}

	String transition(String user, String[] mutation, String load, Map<String, Object> rest) {
		Map<String, Object> input = new java.util.HashMap<>(rest);
		input.put("loadId", load);
		return Api.as(port, user)
			.execute(TRANSITION.formatted(mutation[1], mutation[0]), Map.of("input", input))
			.data()
			.jsonString();
	}

	String unitMutation(String user, String[] mutation, Map<String, Object> input) {
		return Api.as(port, user)
			.execute(UNIT_MUTATION.formatted(mutation[1], mutation[0], mutation[2]), Map.of("input", input))
			.data()
			.jsonString();
	}

	@Test
	void theLoadsPageWithNestedUnitsAndParcelsTakesTheSameStatementsForTwoAndTwelveLoads() {
		Api operator = Api.as(port, "operator");
		int loads = operator.execute("{ loads(first: 1) { totalCount } }").data().read("$.data.loads.totalCount");
		for (int i = loads; i < 12; i++) {
			String reference = "SC-" + UUID.randomUUID().toString().substring(0, 8);
			List<Object> errors = operator.execute(TRANSITION.formatted("LoadCreateInput", "loadCreate"),
					Map.of("input", Map.of("idempotencyKey", reference, "reference", reference, "programId",
							GlobalId.encode("Program", UUID.fromString("c0000000-0000-4000-8000-000000000001")),
							"laneId", GlobalId.encode("Lane", UUID.fromString("b0000000-0000-4000-8000-000000000001")),
							// Departing before the demo's loads: both pages start with
							// loads that hold units and parcels, so the same batches run.
							"cutoffAt", "2026-01-01T08:00:00Z", "departureAt", "2026-01-01T10:00:00Z", "capacityKg",
							"100", "capacityM3", "1")))
				.data()
				.read("$.data.loadCreate.userErrors");
			assertThat(errors).isEmpty();
		}
		for (String user : List.of("operator", "carrier", "acme")) {
			int two = statements(user, 2);
			List<String> log = SqlStatements.statements();
			int twelve = statements(user, 12);
			assertThat(twelve).as("%s: %s", user, log).isEqualTo(two);
			assertThat(log.stream().filter(SqlStatements::isBinding)).as("%s", log).hasSize(1);
		}
	}

	int statements(String user, int first) {
		Api api = Api.as(port, user);
		api.execute(document("loads"), Map.of("first", first)).data();
		SqlStatements.reset();
		api.execute(document("loads"), Map.of("first", first)).data();
		return SqlStatements.count();
	}

	@Test
	void theQrCodeAndTheLabelAreServedToWhoMaySeeTheUnit() throws Exception {
		HttpResponse<byte[]> qr = get("operator", "/units/" + PALLET + "/qr.png");
		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo("https://id.gs1.org/00/106141410000000019");

		HttpResponse<byte[]> label = get("carrier", "/units/" + PALLET + "/label.pdf");
		assertThat(label.statusCode()).isEqualTo(200);
		assertThat(new String(label.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

		assertThat(get("globex", "/units/" + PALLET + "/label.pdf").statusCode()).isEqualTo(404);
		assertThat(get("acme", "/units/" + PALLET + "/qr.png").statusCode()).isEqualTo(404);
		assertThat(get("operator", "/units/" + UUID.randomUUID() + "/qr.png").statusCode()).isEqualTo(404);
		assertThat(get(null, "/units/" + PALLET + "/qr.png").statusCode()).isEqualTo(401);
	}

	HttpResponse<byte[]> get(String user, String path) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			request.header("Authorization", "Bearer " + Api.token(user));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
