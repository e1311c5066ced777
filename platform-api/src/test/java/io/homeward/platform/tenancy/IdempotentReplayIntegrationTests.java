package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.homeward.platform.Fixtures.ACME;
import static io.homeward.platform.Fixtures.CREATE;
import static io.homeward.platform.Fixtures.GLOBEX;
import static io.homeward.platform.Fixtures.returnInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay of an idempotency key answers exactly the payload the first request answered,
 * however the object changed since; the stored answer belongs to one organization and one
 * user.
 */
@IntegrationTest
class IdempotentReplayIntegrationTests {

	static final String COUNT = "{ returns(first: 1) { totalCount } }";

	static final String APPROVE = """
			mutation($input: ReturnTransitionInput!) {
			  returnApprove(input: $input) { return { id status } userErrors { field code message } }
			}""";

	static final String STATUS = "query($id: ID!) { node(id: $id) { ... on ReturnOrder { status } } }";

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api acme() {
		return Api.as(port, "acme");
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	int count(Api api) {
		return api.execute(COUNT).data().read("$.data.returns.totalCount");
	}

	/** The mutation field's JSON as the server wrote it, field order included. */
	static JsonNode field(Api.Result result, String name) {
		JsonNode body = json.readTree(result.body());
		assertThat(body.has("errors")).as("errors in %s", result.body()).isFalse();
		return body.path("data").path(name);
	}

	@Test
	void aReplayAfterTheReturnMovedOnAnswersTheFirstPayload() {
		Map<String, Object> input = returnInput(unique("key"), unique("RMA"));
		JsonNode first = field(acme().execute(CREATE, Map.of("input", input)), "returnCreate");
		assertThat(first.path("userErrors").isEmpty()).isTrue();
		String id = first.path("return").path("id").stringValue();
		assertThat(first.path("return").path("status").stringValue()).isEqualTo("REQUESTED");
		int before = count(acme());

		DocumentContext approved = acme().execute(APPROVE, Map.of("input", Map.of("returnId", id))).data();
		assertThat(approved.read("$.data.returnApprove.return.status", String.class)).isEqualTo("APPROVED");
		// The control: the return itself has moved on.
		assertThat(acme().execute(STATUS, Map.of("id", id)).data().read("$.data.node.status", String.class))
			.isEqualTo("APPROVED");

		Api.Result replay = acme().execute(CREATE, Map.of("input", input));
		JsonNode replayed = field(replay, "returnCreate");
		assertThat(replayed).isEqualTo(first);
		assertThat(replayed.toString()).as("the same JSON, field order included").isEqualTo(first.toString());
		assertThat(replayed.path("return").path("status").stringValue()).isEqualTo("REQUESTED");
		assertThat(replayed.path("return").path("id").stringValue()).isEqualTo(id);
		assertThat(count(acme())).as("no second return").isEqualTo(before);
	}

	/**
	 * The decision of ADR 0009: a replay is answered with the stored JSON verbatim, not
	 * with the fields its own document selects.
	 */
	@Test
	void aReplayThatSelectsOtherFieldsIsAnsweredWithTheStoredPayloadVerbatim() {
		Map<String, Object> input = returnInput(unique("key"), unique("RMA"));
		JsonNode first = field(acme().execute(CREATE, Map.of("input", input)), "returnCreate");
		String narrow = """
				mutation($input: ReturnCreateInput!) {
				  returnCreate(input: $input) { return { id } }
				}""";
		assertThat(field(acme().execute(narrow, Map.of("input", input)), "returnCreate")).isEqualTo(first);
	}

	@Test
	void concurrentDuplicatesHaveOneEffectAndAllGetTheSameAnswer() throws Exception {
		Map<String, Object> input = returnInput(unique("key"), unique("RMA"));
		int before = count(acme());
		int n = 50;
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> requests = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			requests.add(() -> {
				start.await();
				return field(acme().execute(CREATE, Map.of("input", input)), "returnCreate").toString();
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (Callable<String> request : requests) {
				futures.add(pool.submit(request));
			}
			start.countDown();
			List<String> answers = new ArrayList<>();
			for (Future<String> answer : futures) {
				answers.add(answer.get());
			}
			assertThat(answers).hasSize(n).containsOnly(answers.getFirst());
			assertThat(json.readTree(answers.getFirst()).path("return").path("id").isString()).isTrue();
		}
		finally {
			pool.shutdown();
		}
		assertThat(count(acme())).isEqualTo(before + 1);
	}

	@Test
	void anotherInputWithTheKeyIsRefusedAndNeitherCreatesNorChangesTheStoredAnswer() {
		String key = unique("key");
		Map<String, Object> input = returnInput(key, unique("RMA"));
		JsonNode first = field(acme().execute(CREATE, Map.of("input", input)), "returnCreate");
		int before = count(acme());
		JsonNode reused = field(acme().execute(CREATE, Map.of("input", returnInput(key, unique("RMA")))),
				"returnCreate");
		assertThat(reused.path("return").isNull()).isTrue();
		assertThat(reused.path("userErrors").get(0).path("code").stringValue()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(reused.path("userErrors").get(0).path("field").toString())
			.isEqualTo("[\"input\",\"idempotencyKey\"]");
		assertThat(count(acme())).isEqualTo(before);
		assertThat(field(acme().execute(CREATE, Map.of("input", input)), "returnCreate")).isEqualTo(first);
	}

	/**
	 * The same key and input from another organization, or from another user of the same
	 * organization, is a first request of its own: it never sees Acme's answer.
	 */
	@Test
	void anotherOrganizationOrUserWithTheSameKeyDoesNotReplayTheStoredAnswer() {
		String key = unique("shared-key");
		Map<String, Object> input = returnInput(key, unique("RMA"));
		JsonNode acmes = field(acme().execute(CREATE, Map.of("input", input)), "returnCreate");

		Api globex = Api.as(port, "globex");
		int globexBefore = count(globex);
		JsonNode globexes = field(globex.execute(CREATE, Map.of("input", input)), "returnCreate");
		assertThat(globexes.path("userErrors").isEmpty()).isTrue();
		assertThat(globexes.path("return").path("id").stringValue())
			.isNotEqualTo(acmes.path("return").path("id").stringValue());
		assertThat(globexes.path("return").path("shipper").path("name").stringValue()).isNotEqualTo("Acme Outdoor");
		assertThat(count(globex)).isEqualTo(globexBefore + 1);

		// The clerk's identical input is a first request: the RMA number is Acme's
		// already, so it is refused, where a replay would have answered Acme's return.
		Api clerk = Api.as(port, "acme-clerk");
		JsonNode clerks = field(clerk.execute(CREATE, Map.of("input", input)), "returnCreate");
		assertThat(clerks.path("return").isNull()).isTrue();
		assertThat(clerks.path("userErrors").get(0).path("code").stringValue()).isEqualTo("TAKEN");
		JsonNode own = field(clerk.execute(CREATE, Map.of("input", returnInput(key, unique("RMA")))), "returnCreate");
		assertThat(own.path("userErrors").isEmpty()).isTrue();
		assertThat(own.path("return").path("id").stringValue())
			.isNotEqualTo(acmes.path("return").path("id").stringValue());

		assertThat(field(acme().execute(CREATE, Map.of("input", input)), "returnCreate")).isEqualTo(acmes);
	}

	/**
	 * Only row-level security stands between Globex and Acme's stored answer here: the
	 * statement has no organization predicate.
	 */
	@Test
	void aStoredAnswerIsVisibleToItsOrganizationOnly() throws SQLException {
		String key = unique("key");
		field(acme().execute(CREATE, Map.of("input", returnInput(key, unique("RMA")))), "returnCreate");
		assertThat(storedAnswers(ACME, key)).as("the control")
			.singleElement()
			.asString()
			.startsWith("{\"return\":{\"id\":")
			.endsWith("\"userErrors\":[]}");
		assertThat(storedAnswers(GLOBEX, key)).isEmpty();
	}

	/** The stored answers for a key, as the application role bound to an organization. */
	static List<String> storedAnswers(UUID org, String key) throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.appUser(),
				postgres.appPassword())) {
			c.setAutoCommit(false);
			try (PreparedStatement bind = c.prepareStatement("select set_config('app.org_id', ?, true)")) {
				bind.setString(1, org.toString());
				bind.execute();
			}
			List<String> answers = new ArrayList<>();
			try (PreparedStatement select = c
				.prepareStatement("select response from idempotency_record where idempotency_key = ?")) {
				select.setString(1, key);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						answers.add(rows.getString(1));
					}
				}
			}
			c.rollback();
			return answers;
		}
	}

}
