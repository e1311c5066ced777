package io.homeward.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production limits: depth, cost weighted by page size, no introspection, no GraphiQL.
 */
@IntegrationTest
class GraphQlLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void tooDeepAQueryIsRejectedBeforeExecution() {
		String deep = "{ returns { edges { node { program { lanes { origin { operator { id } } } } } } } }";
		assertThat(Api.as(port, "acme").execute(deep).data().read("$.data.returns", Object.class)).isNotNull();
		// programs > edges > node, then membership > program pairs nested until the depth
		// passes the limit.
		String nested = "id";
		for (int i = 0; i < 6; i++) {
			nested = "viewerMembership { program { " + nested + " } }";
		}
		String deeper = "{ programs { edges { node { " + nested + " } } } }";
		// Twice: the second time the document comes from the parsed-document cache and is
		// still refused.
		for (int attempt = 0; attempt < 2; attempt++) {
			Api.Result result = Api.as(port, "acme").execute(deeper);
			assertThat(result.body()).contains("maximum query depth exceeded");
			assertThat(result.body()).doesNotContain("\"programs\":{");
		}
	}

	/**
	 * About 800 per alias at first: 100, so 30 aliases exceed the budget of 20,000 where
	 * one does not.
	 */
	@Test
	void costIsWeightedByPageSize() {
		StringBuilder aliases = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			aliases.append(" r")
				.append(i)
				.append(": returns(first: 100) { edges { node { rmaNumber items { sku hsCode } parcels { reference } } } }");
		}
		aliases.append(" }");
		Api.Result result = Api.as(port, "acme").execute(aliases.toString());
		assertThat(result.body()).contains("maximum query complexity exceeded");
		assertThat(Api.as(port, "acme")
			.execute("{ returns(first: 100) { edges { node { rmaNumber items { sku } } } } }")
			.data()
			.read("$.data.returns.edges", List.class)).isNotEmpty();
	}

	@Test
	void introspectionAndGraphiqlAreOffOutsideDevelopment() {
		Api.Result introspection = Api.as(port, "acme").execute("{ __schema { types { name } } }");
		assertThat(introspection.body()).doesNotContain("ReturnOrder");
		assertThat(introspection.read("$.errors", List.class)).isNotEmpty();
		assertThat(Api.anonymous(port).get("/graphiql").statusCode()).isEqualTo(404);
	}

	@Test
	void thePortalLandingPageIsServedWithoutLogin() {
		var page = Api.anonymous(port).get("/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Homeward");
	}

}
