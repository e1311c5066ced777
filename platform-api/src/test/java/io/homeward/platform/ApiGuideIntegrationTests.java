package io.homeward.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.tenancy.RlsProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL operation the documentation shows runs here, in the order it appears,
 * against the demo data, so the docs cannot drift from the API.
 * <p>
 * The convention in the Markdown files (README.md and everything under docs/):
 * <ul>
 * <li>{@code <!-- example: as=USER -->} right before a {@code graphql} block (or a shell
 * block whose {@code curl -d '{"query": …}'} carries the operation) starts an example,
 * run with USER's token ({@code acme} when not given; {@code as=public} runs it without a
 * token at {@code /graphql/public}). A marker before a {@code json} block instead starts
 * a variant: it reuses the document of the latest example that has one and, unless it has
 * its own variables block, that example's variables.</li>
 * <li>The {@code json} blocks after it are the variables, if any, then the expected
 * response: the block whose top level has {@code data} or {@code errors}.</li>
 * <li>{@code set={"/json/pointer": value, …}} in the marker changes the variables at
 * those JSON pointers, for variants the prose describes as "the same input, but…".</li>
 * <li>A variable written with {@code …} is a placeholder: it takes the value that the
 * same placeholder matched in the latest earlier response (the id {@code laneCreate}
 * returns, written {@code "TGFuZTo…"} in both).</li>
 * <li>{@code <!-- not an example -->} before a {@code json} block exempts it (a token's
 * claims); blocks of an "Errors" section are error shapes, never run. Any other
 * {@code graphql} or {@code json} block, or shell block sending a query, fails the
 * test.</li>
 * </ul>
 * Matching: every key and value the docs show must be in the response. A string with
 * {@code …} matches by the part before it; an object with a {@code "…"} key may have more
 * keys, a list ending in a {@code "…"} element more elements; other objects and lists
 * match exactly. Request bodies under docs/ ({@code *.json}, the benchmark scripts) must
 * answer without errors.
 * <p>
 * The guide's mutations change the demo data the other tests share:
 * {@link #putTheDemoDataBack()} undoes what the guide's own sequence does not.
 */
@IntegrationTest
class ApiGuideIntegrationTests {

	private static final Path ROOT = Path.of("..");

	private static final Pattern MARKER = Pattern.compile("<!--\\s*(example|not an example)\\b(.*?)-->",
			Pattern.DOTALL);

	/** The "user" of examples sent without a token, to the public endpoint. */
	private static final String PUBLIC = "public";

	private static final Pattern USER = Pattern.compile("\\bas=([\\w-]+)");

	private static final Pattern SET = Pattern.compile("\\bset=(\\{.*})", Pattern.DOTALL);

	/** The body of {@code curl -d '…'}; the JSON of a query never holds a quote. */
	private static final Pattern CURL_BODY = Pattern.compile("-d\\s+'(\\{\\s*\"query\"[^']*)'");

	private static final Pattern ERRORS_SECTION = Pattern.compile("^##\\s+(\\d+\\.\\s+)?Errors\\b");

	private static final String ELLIPSIS = "…";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final UUID OPERATOR = Fixtures.OPERATOR;

	private static final UUID ACME = Fixtures.ACME;

	private static final UUID GRU_RTM_AIR = UUID.fromString("b0000000-0000-4000-8000-000000000004");

	/**
	 * The demo's closed, undeclared load at Ho Chi Minh City, which the guide declares.
	 */
	private static final UUID SGN_W50 = UUID.fromString("f0000000-0000-4000-8000-000000000005");

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@TestFactory
	Stream<DynamicNode> everyExampleOfTheDocsRuns() throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(ROOT.resolve("docs/api-guide.md"));
		files.add(ROOT.resolve("README.md"));
		try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md") || path.toString().endsWith(".json"))
				.filter((path) -> !files.contains(path))
				// The peer's documents, in PostGraphile's schema, run against
				// PostGraphile
				// by the side-by-side benchmark.
				.filter((path) -> !path.toString().contains("/peer/"))
				.sorted()
				.forEach(files::add);
		}
		return files.stream().map(this::examplesOf);
	}

	private DynamicNode examplesOf(Path file) {
		String name = ROOT.relativize(file).toString();
		List<Example> examples;
		try {
			examples = file.toString().endsWith(".json") ? List.of(requestBody(file)) : parse(file);
		}
		catch (AssertionError ex) {
			// A block outside the convention fails this file alone.
			return DynamicTest.dynamicTest(name + " follows the examples convention", () -> {
				throw ex;
			});
		}
		// Placeholders bind within one file, in reading order.
		Map<String, String> bindings = new HashMap<>();
		return DynamicContainer.dynamicContainer(name, examples.stream()
			.map((example) -> DynamicTest.dynamicTest(example.title(), () -> run(example, bindings))));
	}

	private void run(Example example, Map<String, String> bindings) {
		JsonNode variables = example.variables().deepCopy();
		fillPlaceholders(variables, bindings, example);
		ObjectNode body = json.createObjectNode();
		body.put("query", example.document());
		body.set("variables", variables);
		Api api = PUBLIC.equals(example.user()) ? Api.publicEndpoint(port) : Api.as(port, example.user());
		Api.Result result = api.post(json.writeValueAsString(body), "application/json",
				"application/graphql-response+json");
		assertThat(result.status()).as("%s: HTTP status, body %s", example.title(), result.body()).isEqualTo(200);
		JsonNode actual = json.readTree(result.body());
		String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(actual);
		JsonNode expected = example.response();
		if (expected == null || !expected.has("errors")) {
			assertThat(actual.has("errors")).as("%s: unexpected errors in %s", example.title(), pretty).isFalse();
		}
		if (expected == null) {
			assertThat(actual.path("data").isObject()).as("%s: no data in %s", example.title(), pretty).isTrue();
			return;
		}
		List<String> mismatches = new ArrayList<>();
		match(expected, actual, "$", mismatches, bindings);
		assertThat(mismatches)
			.as("%s: the docs say otherwise than the API, which answered%n%s", example.title(), pretty)
			.isEmpty();
	}

	/**
	 * Every value shown must be in the response; {@code …} abbreviates, as described on
	 * the class.
	 */
	private static void match(JsonNode expected, JsonNode actual, String path, List<String> mismatches,
			Map<String, String> bindings) {
		if (expected.isString() && expected.stringValue().contains(ELLIPSIS)) {
			String placeholder = expected.stringValue();
			String prefix = placeholder.substring(0, placeholder.indexOf(ELLIPSIS));
			if (!actual.isString() || !actual.stringValue().startsWith(prefix)) {
				mismatches.add(path + ": expected a string starting with \"" + prefix + "\" but was " + actual);
			}
			else {
				bindings.put(placeholder, actual.stringValue());
			}
		}
		else if (expected.isObject()) {
			if (!actual.isObject()) {
				mismatches.add(path + ": expected an object but was " + actual);
				return;
			}
			boolean open = expected.has(ELLIPSIS);
			for (Map.Entry<String, JsonNode> property : expected.properties()) {
				if (property.getKey().equals(ELLIPSIS)) {
					continue;
				}
				if (!actual.has(property.getKey())) {
					mismatches.add(path + "." + property.getKey() + ": missing from the response");
				}
				else {
					match(property.getValue(), actual.get(property.getKey()), path + "." + property.getKey(),
							mismatches, bindings);
				}
			}
			if (!open) {
				for (String key : actual.propertyNames()) {
					if (!expected.has(key)) {
						mismatches.add(path + "." + key + ": in the response (" + actual.get(key)
								+ ") but not in the docs; add it or a \"…\": \"…\" entry");
					}
				}
			}
		}
		else if (expected.isArray()) {
			if (!actual.isArray()) {
				mismatches.add(path + ": expected a list but was " + actual);
				return;
			}
			int shown = expected.size();
			boolean open = shown > 0 && expected.get(shown - 1).isString()
					&& expected.get(shown - 1).stringValue().equals(ELLIPSIS);
			if (open) {
				shown--;
			}
			if (open ? actual.size() < shown : actual.size() != shown) {
				mismatches.add(path + ": expected " + (open ? "at least " : "") + shown
						+ " elements but the response has " + actual.size());
			}
			for (int i = 0; i < Math.min(shown, actual.size()); i++) {
				match(expected.get(i), actual.get(i), path + "[" + i + "]", mismatches, bindings);
			}
		}
		else if (expected.isNumber()) {
			if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
				mismatches.add(path + ": expected " + expected + " but was " + actual);
			}
		}
		else if (!expected.equals(actual)) {
			mismatches.add(path + ": expected " + expected + " but was " + actual);
		}
	}

	private static void fillPlaceholders(JsonNode node, Map<String, String> bindings, Example example) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> property : object.properties()) {
				JsonNode value = property.getValue();
				if (value.isString() && value.stringValue().contains(ELLIPSIS)) {
					object.put(property.getKey(), bound(value.stringValue(), bindings, example));
				}
				else {
					fillPlaceholders(value, bindings, example);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				JsonNode value = array.get(i);
				if (value.isString() && value.stringValue().contains(ELLIPSIS)) {
					array.set(i, bound(value.stringValue(), bindings, example));
				}
				else {
					fillPlaceholders(value, bindings, example);
				}
			}
		}
	}

	private static String bound(String placeholder, Map<String, String> bindings, Example example) {
		String value = bindings.get(placeholder);
		assertThat(value)
			.as("%s: placeholder \"%s\" in the variables matched nothing in an earlier response", example.title(),
					placeholder)
			.isNotNull();
		return value;
	}

	/**
	 * The examples of a Markdown file, following the convention described on the class.
	 */
	static List<Example> parse(Path file) {
		String name = ROOT.relativize(file).toString();
		List<String> lines = read(file);
		List<Example> examples = new ArrayList<>();
		@Nullable Draft current = null;
		// The latest example with a document of its own, which variants reuse.
		@Nullable Example base = null;
		String heading = name;
		boolean errorsSection = false;
		@Nullable String comment = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String trimmed = line.strip();
			if (line.startsWith("#")) {
				heading = trimmed.replaceFirst("^#+\\s*", "");
				if (line.startsWith("## ")) {
					errorsSection = ERRORS_SECTION.matcher(line).find();
				}
				comment = null;
			}
			else if (trimmed.startsWith("<!--")) {
				StringBuilder text = new StringBuilder(trimmed);
				while (!text.toString().contains("-->") && i + 1 < lines.size()) {
					text.append('\n').append(lines.get(++i));
				}
				comment = text.toString();
			}
			else if (trimmed.startsWith("```")) {
				String language = trimmed.substring(3).strip();
				int start = i + 1;
				StringBuilder text = new StringBuilder();
				while (++i < lines.size() && !lines.get(i).strip().startsWith("```")) {
					text.append(lines.get(i)).append('\n');
				}
				String where = name + ":" + start;
				String block = text.toString();
				String marker = comment;
				comment = null;
				boolean shellQuery = (language.equals("sh") || language.equals("bash"))
						&& CURL_BODY.matcher(block).find();
				boolean relevant = language.equals("graphql") || language.equals("json") || shellQuery;
				if (errorsSection || !relevant) {
					continue;
				}
				Matcher markerMatch = (marker != null) ? MARKER.matcher(marker) : null;
				if (markerMatch != null && markerMatch.find()) {
					if (markerMatch.group(1).equals("not an example")) {
						assertThat(language).as("%s: only json blocks can be exempted", where).isEqualTo("json");
						continue;
					}
					if (current != null) {
						base = add(examples, current, base);
					}
					current = new Draft(where, heading, markerMatch.group(2), base);
					if (language.equals("graphql")) {
						current.document = block;
						continue;
					}
					if (shellQuery) {
						Matcher curl = CURL_BODY.matcher(block);
						curl.find();
						JsonNode request = json.readTree(curl.group(1));
						current.document = request.get("query").stringValue();
						if (request.has("variables")) {
							current.variables = request.get("variables");
						}
						continue;
					}
					assertThat(base).as("%s: a variant needs an example with a document before it", where).isNotNull();
				}
				else {
					assertThat(language).as("%s: an operation without an <!-- example --> marker", where)
						.isEqualTo("json");
					assertThat(current != null && current.response == null)
						.as("%s: a json block that belongs to no example; mark it <!-- example --> "
								+ "or <!-- not an example -->", where)
						.isTrue();
				}
				JsonNode value = json.readTree(block);
				if (value.isObject() && (value.has("data") || value.has("errors"))) {
					current.response = value;
					base = add(examples, current, base);
					current = null;
				}
				else {
					assertThat(current.variables == null).as("%s: a second variables block", where).isTrue();
					current.variables = value;
				}
			}
			else if (!trimmed.isEmpty()) {
				// A marker belongs to the block right after it, prose in between unties
				// it.
				comment = null;
			}
		}
		if (current != null) {
			add(examples, current, base);
		}
		return examples;
	}

	/** Adds the finished example; answers the base of the variants that follow. */
	private static @Nullable Example add(List<Example> examples, Draft draft, @Nullable Example base) {
		Example example = draft.finish();
		examples.add(example);
		return (draft.document != null) ? example : base;
	}

	/** A request body file, as the benchmark scripts send it (as acme, like run.sh). */
	static Example requestBody(Path file) {
		String name = ROOT.relativize(file).toString();
		JsonNode request = json.readTree(String.join("\n", read(file)));
		assertThat(request.has("query")).as("%s: a GraphQL request body", name).isTrue();
		JsonNode variables = request.has("variables") ? request.get("variables") : json.createObjectNode();
		return new Example(name, "acme", request.get("query").stringValue(), variables, null);
	}

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An example while its blocks are read. */
	static final class Draft {

		final String where;

		final String heading;

		final String user;

		final @Nullable ObjectNode set;

		final @Nullable Example base;

		@Nullable String document;

		@Nullable JsonNode variables;

		@Nullable JsonNode response;

		Draft(String where, String heading, String attributes, @Nullable Example base) {
			this.where = where;
			this.heading = heading;
			this.base = base;
			Matcher user = USER.matcher(attributes);
			this.user = user.find() ? user.group(1) : "acme";
			Matcher set = SET.matcher(attributes);
			this.set = set.find() ? (ObjectNode) json.readTree(set.group(1)) : null;
		}

		Example finish() {
			String document = this.document;
			JsonNode variables = this.variables;
			if (document == null) {
				document = base.document();
				if (variables == null) {
					variables = base.variables();
				}
			}
			JsonNode changed = (variables != null) ? variables.deepCopy() : json.createObjectNode();
			if (set != null) {
				for (Map.Entry<String, JsonNode> change : set.properties()) {
					JsonPointer pointer = JsonPointer.compile(change.getKey());
					JsonNode parent = changed.at(pointer.head());
					if (parent instanceof ObjectNode object) {
						object.set(pointer.last().getMatchingProperty(), change.getValue());
					}
					else if (parent instanceof ArrayNode array) {
						array.set(pointer.last().getMatchingIndex(), change.getValue());
					}
					else {
						throw new AssertionError(where + ": set " + change.getKey() + " points into no object");
					}
				}
			}
			return new Example(where + " (" + heading + ", as " + user + ")", user, document, changed, response);
		}

	}

	record Example(String title, String user, String document, JsonNode variables, @Nullable JsonNode response) {
	}

	/**
	 * Undoes what the guide's mutations change and its own sequence does not change back:
	 * the lane it opens (NetworkIntegrationTests counts the demo's eight,
	 * OperatorLaneIntegrationTests opens the same code), the rate card version it
	 * publishes (a later publication from now would overlap it), the expected fill, the
	 * two returns it approves and declines, the join date it renews, and the load its
	 * accepted plan opens with what it packed. The return it creates stays, like those of
	 * the other tests. Runs as the owner, since the application role may not delete rate
	 * cards, bound to each organization in turn: the tables force row-level security on
	 * the owner too.
	 */
	@AfterEach
	void putTheDemoDataBack() throws SQLException {
		String lane = "'" + GRU_RTM_AIR + "'";
		try (Connection operator = ownerBoundTo(OPERATOR)) {
			// None if the guide failed before creating them.
			assertThat(update(operator, "delete from lane where code = 'MAD-RTM-RAIL'")).isLessThanOrEqualTo(1);
			assertThat(update(operator,
					"delete from rate_card where lane_id = " + lane + " and valid_from = '2027-01-01T00:00:00Z'"))
				.isLessThanOrEqualTo(1);
			// These rows always exist: a count of 0 would mean the binding failed and
			// row-level security hid them.
			assertThat(update(operator,
					"update rate_card set valid_to = null where lane_id = " + lane + " and version = 1"))
				.isOne();
			assertThat(update(operator, "update program_pricing set expected_fill = 0.700 where program_id = '"
					+ Fixtures.GLOBAL_RECOVERY + "'"))
				.isOne();
			unpackTheAcceptedPlan(operator);
			undeclareSgnW50(operator);
			operator.commit();
		}
		try (Connection carrier = ownerBoundTo(Fixtures.CARRIER)) {
			// Events are never deleted in the application and no policy allows it: lifted
			// on
			// this table inside this transaction only, as for the packing records above.
			update(carrier, "alter table tracking_event disable row level security");
			assertThat(update(carrier, "delete from tracking_event where client_event_id like 'rf-guide-%'"))
				.isLessThanOrEqualTo(1);
			update(carrier, "alter table tracking_event enable row level security");
			carrier.commit();
		}
		try (Connection acme = ownerBoundTo(ACME)) {
			assertThat(update(acme,
					"update program_membership set status = 'ACTIVE', joined_at = '2026-02-03T10:00:00Z',"
							+ " left_at = null, version = 0 where id = 'd0000000-0000-4000-8000-000000000001'"))
				.isOne();
			assertThat(update(acme, "update return_order set status = 'REQUESTED',"
					+ " updated_at = created_at, version = 0 where id in ('22222222-0000-4000-8000-000000000009',"
					+ " '22222222-0000-4000-8000-000000000011')"))
				.isEqualTo(2);
			// The status note is personal data, kept in the shipper-only return_private.
			assertThat(update(acme,
					"update return_private set status_note = null where return_id in"
							+ " ('22222222-0000-4000-8000-000000000009', '22222222-0000-4000-8000-000000000011')"))
				.isEqualTo(2);
			acme.commit();
		}
		// Version 1 was cached with the end it no longer has.
		redis.delete(List.of("hw:ratecard:" + GRU_RTM_AIR + ":active", "hw:ratecard:" + GRU_RTM_AIR + ":v1",
				"hw:ratecard:" + GRU_RTM_AIR + ":v2"));
	}

	/**
	 * Removes the load that the guide's {@code loadPlanAccept} opened at São Paulo, with
	 * its bag, the packing and the proposals, so that the demo's three open parcels there
	 * are open again. Nothing deletes packing records in the application, so no policy
	 * allows it: row-level security is lifted on these tables inside this transaction
	 * only.
	 */
	private static void unpackTheAcceptedPlan(Connection operator) throws SQLException {
		// None if the guide failed before accepting.
		assertThat(ScratchLoads.removePlannedLoads(operator, Fixtures.GLOBAL_RECOVERY)).isLessThanOrEqualTo(2);
		// The demo's open parcels at São Paulo, which the guide's plan proposes, are open
		// again.
		assertThat(
				RlsProbe.count(operator,
						"unit_parcel where parcel_id in ('22222222-0001-4000-8000-000000000007',"
								+ " '33333333-0001-4000-8000-000000000006', '33333333-0001-4000-8000-000000000008')"))
			.isZero();
	}

	/**
	 * Removes the declaration the guide created and lodged for SGN-RTM-2026-W50, and its
	 * idempotency key, so the demo's closed load is undeclared again. Nothing deletes a
	 * declaration in the application and no grant allows it, but the operator's policies
	 * admit the owner's delete of its own rows.
	 */
	private static void undeclareSgnW50(Connection operator) throws SQLException {
		String declaration = "(select id from customs_declaration where load_id = '" + SGN_W50 + "')";
		update(operator, "delete from customs_declaration_line where declaration_id in " + declaration);
		update(operator, "delete from customs_declaration_rate where declaration_id in " + declaration);
		// None if the guide failed before declaring.
		assertThat(update(operator, "delete from customs_declaration where load_id = '" + SGN_W50 + "'"))
			.isLessThanOrEqualTo(1);
		update(operator, "delete from idempotency_record where idempotency_key = 'guide-declare-sgn-w50'");
		assertThat(RlsProbe.count(operator, "customs_declaration where load_id = '" + SGN_W50 + "'")).isZero();
	}

	/** A transaction of the owner role, bound to an organization like the app's. */
	private static Connection ownerBoundTo(UUID organization) throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.ownerUser(),
				postgres.ownerPassword());
		connection.setAutoCommit(false);
		try (PreparedStatement bind = connection.prepareStatement("select set_config('app.org_id', ?, true)")) {
			bind.setString(1, organization.toString());
			bind.execute();
		}
		return connection;
	}

	private static int update(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

}
