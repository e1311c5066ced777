package io.homeward.platform.returns;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.homeward.platform.Fixtures.CREATE;
import static io.homeward.platform.Fixtures.returnInput;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReturnsIntegrationTests {

	static final String COUNT = "{ returns(first: 1) { totalCount } }";

	static final String TRANSITION = """
			mutation($input: ReturnTransitionInput!) {
			  %s(input: $input) { return { id status statusNote } userErrors { field code message } }
			}""";

	@LocalServerPort
	int port;

	Api acme() {
		return Api.as(port, "acme");
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * The race the RMA check cannot see: another transaction of the shipper inserts a
	 * return with the RMA number (no idempotency key of this request's) and has not
	 * committed when returnCreate checks it. The create waits on the unique key, and once
	 * the other commits it is refused with TAKEN, not an internal error, and stores
	 * nothing: its key is free for a corrected retry.
	 */
	@Test
	void anRmaNumberBeingTakenByAConcurrentTransactionIsTakenNotAnInternalError() throws Exception {
		String rma = unique("RACE");
		String model = acme().execute(CREATE, Map.of("input", returnInput(unique("key"), unique("RMA"))))
			.data()
			.read("$.data.returnCreate.return.id");
		int before = acmeCount();
		String key = unique("key");
		try (Connection other = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			String columns = RlsProbe.text(other, "select string_agg(column_name, ', ' order by ordinal_position)"
					+ " from information_schema.columns where table_name = 'return_order'");
			String values = columns.replace("tracking_code", "'" + TrackingCodes.next() + "'")
				.replace("rma_number", "'" + rma + "'")
				.replaceFirst("\\bid\\b", "'" + UUID.randomUUID() + "'");
			RlsProbe.update(other,
					"insert into return_order (%s) select %s from return_order where id = '%s'".formatted(columns,
							values, io.homeward.platform.shared.GlobalId.decode(model, "ReturnOrder").orElseThrow()));
			CompletableFuture<DocumentContext> create = CompletableFuture
				.supplyAsync(() -> acme().execute(CREATE, Map.of("input", returnInput(key, rma))).data());
			// Until returnCreate's insert waits on this transaction's row (a bound on the
			// wait, not a timing assertion).
			for (int polls = 0; RlsProbe.count(other,
					"pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))") == 0; polls++) {
				assertThat(polls).as("returnCreate never waited on the concurrent insert").isLessThan(600);
				assertThat(create).isNotDone();
				Thread.sleep(100);
			}
			other.commit();
			DocumentContext refused = create.get();
			assertThat(refused.read("$.data.returnCreate.return", Object.class)).isNull();
			assertThat(refused.read("$.data.returnCreate.userErrors[*].code", List.class)).containsExactly("TAKEN");
			assertThat(refused.read("$.data.returnCreate.userErrors[0].field", List.class)).containsExactly("input",
					"rmaNumber");
		}
		assertThat(acmeCount()).as("only the concurrent insert's return").isEqualTo(before + 1);
		DocumentContext retried = acme().execute(CREATE, Map.of("input", returnInput(key, unique("RMA")))).data();
		assertThat(retried.read("$.data.returnCreate.userErrors", List.class))
			.as("the refused request's key was not kept")
			.isEmpty();
	}

	/**
	 * K concurrent creates of one RMA number, each with its own idempotency key: one
	 * return, K-1 TAKEN, no internal error.
	 */
	@Test
	void concurrentCreatesOfOneRmaNumberUnderDifferentKeysMakeOneReturn() throws Exception {
		int k = 6;
		String rma = unique("RACE");
		int before = acmeCount();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<DocumentContext>> answers = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(k);
		try {
			for (int i = 0; i < k; i++) {
				Map<String, Object> input = returnInput(unique("key"), rma);
				answers.add(threads.submit(() -> {
					start.await();
					return acme().execute(CREATE, Map.of("input", input)).data();
				}));
			}
			start.countDown();
			List<List<String>> errors = new ArrayList<>();
			for (Future<DocumentContext> answer : answers) {
				errors.add(answer.get().read("$.data.returnCreate.userErrors[*].code"));
			}
			assertThat(errors).filteredOn(List::isEmpty).hasSize(1);
			assertThat(errors).filteredOn((e) -> !e.isEmpty()).hasSize(k - 1).allMatch(List.of("TAKEN")::equals);
			assertThat(acmeCount()).isEqualTo(before + 1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	int acmeCount() {
		return acme().execute(COUNT).data().read("$.data.returns.totalCount");
	}

	@Test
	void aShipperCreatesAReturnWithItemsParcelsAndATrackingCode() {
		String rma = unique("RMA");
		DocumentContext created = acme().execute(CREATE, Map.of("input", returnInput(unique("key"), rma))).data();
		assertThat(created.read("$.data.returnCreate.userErrors", List.class)).isEmpty();
		String at = "$.data.returnCreate.return.";
		assertThat(created.read(at + "rmaNumber", String.class)).isEqualTo(rma);
		assertThat(created.read(at + "status", String.class)).isEqualTo("REQUESTED");
		assertThat(created.read(at + "trackingCode", String.class)).matches("HW[0-9A-HJKMNP-TV-Z]{16}");
		assertThat(created.read(at + "program.code", String.class)).isEqualTo("EU-CONSUMER");
		assertThat(created.read(at + "shipper.name", String.class)).isEqualTo("Acme Outdoor");
		assertThat(created.read(at + "customer.name", String.class)).isEqualTo("Lucía Pérez");
		assertThat(created.read(at + "originCity", String.class)).isEqualTo("Madrid");
		assertThat(created.read(at + "originCountry", String.class)).isEqualTo("ES");
		assertThat(created.read(at + "origin.line1", String.class)).isEqualTo("Calle de Alcalá 50");
		assertThat(created.read(at + "reasonNote", String.class)).isEqualTo("Zip broken");
		assertThat(created.read(at + "originalExport.exportedOn", String.class)).isEqualTo("2026-03-02");
		assertThat(created.read(at + "items[0].hsCode", String.class)).as("normalized").isEqualTo("630622");
		assertThat(created.read(at + "items[0].parcelReference", String.class)).isEqualTo("P1");
		assertThat(created.read(at + "items[0].unitValue.amount", String.class)).isEqualTo("249.00");
		assertThat(created.read(at + "items[1].unNumber", String.class)).isEqualTo("3481");
		assertThat(created.read(at + "parcels[0].dimensions.lengthCm", String.class)).isEqualTo("60.0");
		String id = created.read(at + "id");
		DocumentContext node = acme()
			.execute("query($id: ID!) { node(id: $id) { ... on ReturnOrder { rmaNumber items { sku } } } }",
					Map.of("id", id))
			.data();
		assertThat(node.read("$.data.node.rmaNumber", String.class)).isEqualTo(rma);
		assertThat(node.read("$.data.node.items[*].sku", List.class)).containsExactly("TENT-2P", "LAMP-300");
	}

	@Test
	void replayingAnIdempotencyKeyReturnsTheFirstResultAndAnotherInputIsRefused() {
		String key = unique("key");
		Map<String, Object> input = returnInput(key, unique("RMA"));
		String first = acme().execute(CREATE, Map.of("input", input)).data().read("$.data.returnCreate.return.id");
		int before = acmeCount();
		String replay = acme().execute(CREATE, Map.of("input", input)).data().read("$.data.returnCreate.return.id");
		assertThat(replay).isEqualTo(first);
		assertThat(acmeCount()).isEqualTo(before);

		Map<String, Object> other = returnInput(key, unique("RMA"));
		DocumentContext reused = acme().execute(CREATE, Map.of("input", other)).data();
		assertThat(reused.read("$.data.returnCreate.return", Object.class)).isNull();
		assertThat(reused.read("$.data.returnCreate.userErrors[0].code", String.class))
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(acmeCount()).isEqualTo(before);
	}

	@Test
	void concurrentRequestsWithOneKeyHaveOneEffect() throws Exception {
		Map<String, Object> input = returnInput(unique("key"), unique("RMA"));
		int before = acmeCount();
		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			requests
				.add(() -> acme().execute(CREATE, Map.of("input", input)).data().read("$.data.returnCreate.return.id"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<String> ids = new ArrayList<>();
			for (Future<String> result : pool.invokeAll(requests)) {
				ids.add(result.get());
			}
			assertThat(ids).hasSize(12).containsOnly(ids.getFirst());
		}
		finally {
			pool.shutdown();
		}
		assertThat(acmeCount()).isEqualTo(before + 1);
	}

	@Test
	void badInputGetsTypedErrorsAndChangesNothing() {
		int before = acmeCount();
		Map<String, Object> input = returnInput(unique("key"), "R".repeat(41));
		@SuppressWarnings("unchecked")
		Map<String, Object> item = new HashMap<>(((List<Map<String, Object>>) input.get("items")).getFirst());
		item.put("hsCode", "77.01.00");
		item.put("weightKg", "-1");
		item.put("description", "x".repeat(501));
		input.put("items", List.of(item));
		DocumentContext answer = acme().execute(CREATE, Map.of("input", input)).data();
		assertThat(answer.read("$.data.returnCreate.return", Object.class)).isNull();
		assertThat(answer.read("$.data.returnCreate.userErrors[*].code", List.class)).contains("TOO_LONG",
				"INVALID_HS_CODE", "OUT_OF_RANGE");
		assertThat(answer.read("$.data.returnCreate.userErrors[*].field", List.class))
			.contains(List.of("input", "items", "0", "hsCode"), List.of("input", "items", "0", "weightKg"));

		Map<String, Object> unknownProgram = returnInput(unique("key"), unique("RMA"));
		unknownProgram.put("programId", Fixtures.programId(UUID.randomUUID()));
		assertThat(acme().execute(CREATE, Map.of("input", unknownProgram))
			.data()
			.read("$.data.returnCreate.userErrors[0].code", String.class)).isEqualTo("NOT_FOUND");

		Map<String, Object> notServed = returnInput(unique("key"), unique("RMA"));
		notServed.put("origin", Map.of("line1", "Rua Augusta 1", "city", "São Paulo", "countryCode", "BR"));
		assertThat(acme().execute(CREATE, Map.of("input", notServed))
			.data()
			.read("$.data.returnCreate.userErrors[0].code", String.class)).isEqualTo("ORIGIN_NOT_SERVED");

		// A malformed scalar is a GraphQL validation error, not a 500.
		Map<String, Object> notDecimal = returnInput(unique("key"), unique("RMA"));
		notDecimal.put("parcels", List.of(Map.of("reference", "P1", "weightKg", "heavy", "dimensions",
				Map.of("lengthCm", "1", "widthCm", "1", "heightCm", "1"))));
		Api.Result invalid = acme().execute(CREATE, Map.of("input", notDecimal));
		assertThat(invalid.status()).isLessThan(500);
		assertThat(invalid.read("$.errors[0].extensions.classification", String.class)).isEqualTo("ValidationError");
		assertThat(acmeCount()).isEqualTo(before);
	}

	@Test
	void theRmaNumberIsUniquePerShipperButNotAcrossShippers() {
		String rma = unique("SHARED");
		acme().execute(CREATE, Map.of("input", returnInput(unique("key"), rma))).data();
		DocumentContext again = acme().execute(CREATE, Map.of("input", returnInput(unique("key"), rma))).data();
		assertThat(again.read("$.data.returnCreate.userErrors[0].code", String.class)).isEqualTo("TAKEN");
		DocumentContext globex = Api.as(port, "globex")
			.execute(CREATE, Map.of("input", returnInput(unique("key"), rma)))
			.data();
		assertThat(globex.read("$.data.returnCreate.userErrors", List.class)).isEmpty();
	}

	@Test
	void statusFollowsTheStateMachineAndOnlyTheShipperMovesIt() {
		String id = acme().execute(CREATE, Map.of("input", returnInput(unique("key"), unique("RMA"))))
			.data()
			.read("$.data.returnCreate.return.id");
		DocumentContext byOperator = Api.as(port, "operator")
			.execute(TRANSITION.formatted("returnApprove"), Map.of("input", Map.of("returnId", id)))
			.data();
		assertThat(byOperator.read("$.data.returnApprove.userErrors[0].code", String.class)).isEqualTo("NOT_PERMITTED");

		DocumentContext approved = acme()
			.execute(TRANSITION.formatted("returnApprove"), Map.of("input", Map.of("returnId", id)))
			.data();
		assertThat(approved.read("$.data.returnApprove.return.status", String.class)).isEqualTo("APPROVED");
		DocumentContext decline = acme()
			.execute(TRANSITION.formatted("returnDecline"), Map.of("input", Map.of("returnId", id, "note", "late")))
			.data();
		assertThat(decline.read("$.data.returnDecline.userErrors[0].code", String.class))
			.isEqualTo("INVALID_TRANSITION");
		DocumentContext canceled = acme()
			.execute(TRANSITION.formatted("returnCancel"),
					Map.of("input", Map.of("returnId", id, "note", "customer kept it")))
			.data();
		assertThat(canceled.read("$.data.returnCancel.return.status", String.class)).isEqualTo("CANCELED");
		assertThat(canceled.read("$.data.returnCancel.return.statusNote", String.class)).isEqualTo("customer kept it");
		DocumentContext approveAgain = acme()
			.execute(TRANSITION.formatted("returnApprove"), Map.of("input", Map.of("returnId", id)))
			.data();
		assertThat(approveAgain.read("$.data.returnApprove.userErrors[0].code", String.class))
			.isEqualTo("INVALID_TRANSITION");

		String declined = acme().execute(CREATE, Map.of("input", returnInput(unique("key"), unique("RMA"))))
			.data()
			.read("$.data.returnCreate.return.id");
		DocumentContext tooLong = acme()
			.execute(TRANSITION.formatted("returnDecline"),
					Map.of("input", Map.of("returnId", declined, "note", "n".repeat(1001))))
			.data();
		assertThat(tooLong.read("$.data.returnDecline.userErrors[0].code", String.class)).isEqualTo("TOO_LONG");
		assertThat(acme().execute(TRANSITION.formatted("returnDecline"), Map.of("input", Map.of("returnId", declined)))
			.data()
			.read("$.data.returnDecline.return.status", String.class)).isEqualTo("DECLINED");
	}

	@Test
	void returnsAreFilteredAndPagedNewestFirst() {
		DocumentContext requested = acme().execute(
				"{ returns(first: 100, filter: {status: [DECLINED, CANCELED]}) { totalCount edges { node { status } } } }")
			.data();
		assertThat(requested.read("$.data.returns.edges[*].node.status", List.class)).isNotEmpty()
			.allMatch((s) -> s.equals("DECLINED") || s.equals("CANCELED"));

		DocumentContext program = acme().execute(
				"query($p: ID!) { returns(first: 100, filter: {programId: $p}) { edges { node { program { code } } } } }",
				Map.of("p", Fixtures.programId(Fixtures.GLOBAL_RECOVERY)))
			.data();
		assertThat(program.read("$.data.returns.edges[*].node.program.code", List.class)).isNotEmpty()
			.containsOnly("GLOBAL-RECOVERY");

		DocumentContext window = acme().execute(
				"{ returns(first: 100, filter: {createdFrom: \"2026-11-01T00:00:00Z\", createdTo: \"2026-11-10T00:00:00Z\"}) { edges { node { createdAt } } } }")
			.data();
		assertThat(window.read("$.data.returns.edges[*].node.createdAt", List.class)).isNotEmpty()
			.allMatch((t) -> t.toString().compareTo("2026-11-01") >= 0 && t.toString().compareTo("2026-11-10") < 0);

		// Other tests add returns of Acme (the scratch loads of customs among them), so
		// the one page of 100 may hold fewer than all of them: the pages of 5 must begin
		// with it, in its order, and go on to every return the total counts, none twice.
		DocumentContext first = acme().execute("{ returns(first: 100) { totalCount edges { node { id } } } }").data();
		List<String> all = first.read("$.data.returns.edges[*].node.id");
		int total = first.read("$.data.returns.totalCount");
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("after", after);
			DocumentContext page = acme().execute(
					"query($after: String) { returns(first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
					variables)
				.data();
			paged.addAll(page.read("$.data.returns.edges[*].node.id"));
			more = page.read("$.data.returns.pageInfo.hasNextPage");
			after = page.read("$.data.returns.pageInfo.endCursor");
		}
		assertThat(all).isNotEmpty();
		assertThat(paged.subList(0, all.size())).isEqualTo(all);
		assertThat(paged).hasSize(total).doesNotHaveDuplicates();
	}

	@Test
	void theOperatorSeesReturnsOfItsProgramsWithoutCustomersAndTheCarrierSeesNone() {
		DocumentContext operator = Api.as(port, "operator").execute("""
				{ returns(first: 100) { totalCount edges { node {
				    shipper { name } customer { name } originCity originCountry origin { line1 } reasonNote statusNote
				} } } }""").data();
		assertThat(operator.read("$.data.returns.edges[*].node.shipper.name", List.class)).contains("Acme Outdoor",
				"Globex Electronics");
		assertThat(operator.read("$.data.returns.edges[*].node.customer", List.class)).isNotEmpty().containsOnlyNulls();
		// The street address and the notes are personal data too; city and country are
		// not.
		for (String personal : List.of("origin", "reasonNote", "statusNote")) {
			assertThat(operator.read("$.data.returns.edges[*].node." + personal, List.class)).as(personal)
				.isNotEmpty()
				.containsOnlyNulls();
		}
		assertThat(operator.read("$.data.returns.edges[*].node.originCity", List.class)).isNotEmpty()
			.doesNotContainNull();
		assertThat(operator.read("$.data.returns.edges[*].node.originCountry", List.class)).isNotEmpty()
			.doesNotContainNull();
		assertThat(Api.as(port, "carrier").execute(COUNT).data().read("$.data.returns.totalCount", Integer.class))
			.isZero();
		Map<String, Object> input = returnInput(unique("key"), unique("RMA"));
		assertThat(Api.as(port, "operator")
			.execute(CREATE, Map.of("input", input))
			.data()
			.read("$.data.returnCreate.userErrors[0].code", String.class)).isEqualTo("NOT_PERMITTED");
	}

	@Test
	void pageArgumentsAreChecked() {
		Api.Result tooMany = acme().execute("{ returns(first: 101) { totalCount } }");
		assertThat(tooMany.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_USER_INPUT");
		Api.Result garbage = acme().execute("{ returns(first: 1, after: \"%%%\") { totalCount } }");
		assertThat(garbage.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_USER_INPUT");
	}

}
