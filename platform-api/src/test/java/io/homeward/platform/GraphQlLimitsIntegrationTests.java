package io.homeward.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import graphql.introspection.Introspection;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production limits: depth, cost weighted by page size and counts, each refusal with its
 * code; no introspection, no GraphiQL. And where introspection is enabled, that the
 * limits leave it out.
 */
@IntegrationTest
class GraphQlLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void tooDeepAQueryIsRejectedBeforeExecution() {
		String deep = "{ returns { edges { node { program { lanes { origin { operator { id } } } } } } } }";
		assertThat(Api.as(port, "acme").execute(deep).data().read("$.data.returns", Object.class)).isNotNull();
		String deeper = "{ " + deeperThanTheLimit() + " }";
		// Twice: the second time the document comes from the parsed-document cache and is
		// still refused.
		for (int attempt = 0; attempt < 2; attempt++) {
			Api.Result result = Api.as(port, "acme").execute(deeper);
			assertThat(result.body()).contains("maximum query depth exceeded");
			assertThat(result.body()).doesNotContain("\"programs\":{");
			assertThat(result.read("$.errors[0].extensions.code", String.class)).isEqualTo("MAX_DEPTH_EXCEEDED");
		}
	}

	/**
	 * programs > edges > node, then membership > program pairs nested until the depth
	 * passes the limit.
	 */
	static String deeperThanTheLimit() {
		String nested = "id";
		for (int i = 0; i < 6; i++) {
			nested = "viewerMembership { program { " + nested + " } }";
		}
		return "programs { edges { node { " + nested + " } } }";
	}

	/**
	 * About 700 per alias at first: 100 (the edges' 7 per row, 100 rows), so 30 aliases
	 * exceed the budget of 20,000 where one does not.
	 */
	@Test
	void costIsWeightedByPageSize() {
		Api.Result result = Api.as(port, "acme")
			.execute(aliases(30,
					"returns(first: 100) { edges { node { rmaNumber items { sku hsCode } parcels { reference } } } }"));
		assertThat(result.body()).contains("maximum query complexity exceeded");
		assertThat(result.read("$.errors[0].extensions.code", String.class)).isEqualTo("MAX_COST_EXCEEDED");
		assertThat(Api.as(port, "acme")
			.execute("{ returns(first: 100) { edges { node { rmaNumber items { sku } } } } }")
			.data()
			.read("$.data.returns.edges", List.class)).isNotEmpty();
	}

	/**
	 * A {@code totalCount} counts every visible row: it costs 50, once per connection
	 * whatever its page size. 401 counts exceed the budget, where 401 one-row pages do
	 * not: those are refused only for their aliases (the cost is checked first).
	 */
	@Test
	void totalCountWeighsInTheCost() {
		Api.Result counts = Api.as(port, "acme").execute(aliases(401, "returns(first: 1) { totalCount }"));
		assertThat(counts.body()).contains("maximum query complexity exceeded");
		assertThat(counts.read("$.errors[0].extensions.code", String.class)).isEqualTo("MAX_COST_EXCEEDED");
		assertThat(Api.as(port, "acme")
			.execute(aliases(401, "returns(first: 1) { pageInfo { hasNextPage } }"))
			.read("$.errors[0].extensions.code", String.class)).isEqualTo("MAX_ALIASES_EXCEEDED");
		// Not multiplied by the page: a few counts beside full pages stay well within it.
		DocumentContext dashboard = Api.as(port, "operator")
			.execute("{ hubs(first: 100) { totalCount } lanes(first: 100) { totalCount }"
					+ " programs(first: 100) { totalCount } returns(first: 100) { totalCount } }")
			.data();
		assertThat(dashboard.read("$.data.hubs.totalCount", Integer.class)).isPositive();
		assertThat(dashboard.read("$.data.returns.totalCount", Integer.class)).isPositive();
	}

	/** The selection under aliases r0, r1, …, as one operation. */
	private static String aliases(int count, String selection) {
		StringBuilder document = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			document.append(" r").append(i).append(": ").append(selection);
		}
		return document.append(" }").toString();
	}

	/**
	 * QUALITY case 16: 500 copies of one field are merged into one by the engine (the
	 * answer has it once, resolved once) and each copy counts in the cost, so enough of
	 * them to matter are refused; ten copies of one directive on a field are refused by
	 * validation before anything runs.
	 */
	@Test
	void duplicateFieldsAreMergedAndDuplicateDirectivesRefused() {
		String copies = "username ".repeat(500);
		Api.Result merged = Api.as(port, "acme").execute("{ viewer { " + copies + "} }");
		assertThat(merged.data().read("$.data.viewer.username", String.class)).isEqualTo("acme");
		assertThat(merged.body().split("\"username\"", -1)).hasSize(2);
		Api.Result costly = Api.as(port, "acme")
			.execute("{ returns(first: 100) { edges { node { " + "rmaNumber ".repeat(250) + "} } } }");
		assertThat(costly.read("$.errors[0].extensions.code", String.class)).isEqualTo("MAX_COST_EXCEEDED");
		Api.Result directives = Api.as(port, "acme")
			.execute("{ viewer { username" + " @include(if: true)".repeat(10) + " } }");
		assertThat(directives.read("$.errors[0].extensions.classification", String.class)).isEqualTo("ValidationError");
		assertThat(directives.json().read("$", java.util.Map.class)).doesNotContainKey("data");
	}

	@Test
	void introspectionAndGraphiqlAreOffOutsideDevelopment() {
		Api.Result introspection = Api.as(port, "acme").execute("{ __schema { types { name } } }");
		assertThat(introspection.body()).doesNotContain("ReturnOrder");
		assertThat(introspection.read("$.errors", List.class)).isNotEmpty();
		assertThat(Api.anonymous(port).get("/graphiql").statusCode()).isEqualTo(404);
	}

	/**
	 * Where introspection is enabled, the standard introspection query of GraphiQL and
	 * client generators (depth 13) answers, while the limits still refuse everything else
	 * that exceeds them, also beside introspection.
	 * <p>
	 * Boot switches introspection off for the whole JVM
	 * ({@code Introspection.enabledJvmWide(false)}) when a context disables it, as this
	 * suite's shared context does with the production defaults, and no context switches
	 * it back on: a {@code dev} context started beside it would refuse introspection too.
	 * So this test switches it on itself, for the shared context, and off again after.
	 */
	@Test
	void introspectionIsLeftOutOfTheLimitsWhereItIsEnabled() throws IOException {
		String introspection = new ClassPathResource("graphql-test/introspection.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		Api acme = Api.as(port, "acme");
		assertThat(Introspection.isEnabledJvmWide()).isFalse();
		assertThat(acme.execute(introspection).body()).doesNotContain("ReturnOrder");
		Introspection.enabledJvmWide(true);
		try {
			DocumentContext schema = acme.execute(introspection).data();
			List<String> types = schema.read("$.data.__schema.types[*].name");
			assertThat(types).contains("ReturnOrder", "ReturnOrderConnection", "Query", "Mutation");
			assertThat(schema.read("$.data.__schema.queryType.name", String.class)).isEqualTo("Query");

			Api.Result deep = acme.execute("{ " + deeperThanTheLimit() + " }");
			assertThat(deep.read("$.errors[0].extensions.code", String.class)).isEqualTo("MAX_DEPTH_EXCEEDED");
			assertThat(deep.body()).contains("maximum query depth exceeded 16 > 12");
			Api.Result deepBesideIntrospection = acme
				.execute("{ __schema { types { name } } " + deeperThanTheLimit() + " }");
			assertThat(deepBesideIntrospection.read("$.errors[0].extensions.code", String.class))
				.isEqualTo("MAX_DEPTH_EXCEEDED");
			assertThat(deepBesideIntrospection.body()).doesNotContain("ReturnOrder");
			// A circular introspection query (types within fields within types…) is
			// refused
			// as not in good faith, however shallow the limits would find it.
			Api.Result circular = acme
				.execute("{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }");
			assertThat(circular.read("$.errors", List.class)).isNotEmpty();
			assertThat(circular.body()).doesNotContain("ReturnOrder");
			Api.Result costlyBesideIntrospection = acme.execute(aliases(401, "returns(first: 1) { totalCount }")
				.replaceFirst("\\{", "{ __type(name: \"ReturnOrder\") { name fields { name } }"));
			assertThat(costlyBesideIntrospection.read("$.errors[0].extensions.code", String.class))
				.isEqualTo("MAX_COST_EXCEEDED");
		}
		finally {
			Introspection.enabledJvmWide(false);
		}
	}

	@Test
	void thePortalLandingPageIsServedWithoutLogin() {
		var page = Api.anonymous(port).get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Homeward");
	}

}
