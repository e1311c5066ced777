package io.homeward.platform.shared.graphql;

import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /graphql/public} answers without a token, and only the fields modules name as
 * public; everything else needs a token at {@code /graphql}, as before.
 */
@IntegrationTest
class PublicEndpointIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aPublicRequestOfNoProtectedFieldIsAnswered() {
		Api.Result result = Api.publicEndpoint(port).execute("{ __typename }");
		assertThat(result.data().read("$.data.__typename", String.class)).isEqualTo("Query");
	}

	@Test
	void aProtectedFieldIsRefusedThereBeforeAnythingRuns() {
		Api.Result result = Api.publicEndpoint(port).execute("{ viewer { username } }");
		assertThat(result.status()).isEqualTo(400);
		assertThat(result.read("$.errors[0].extensions.code", String.class)).isEqualTo("NOT_PUBLIC");
		assertThat(result.read("$.errors[0].message", String.class)).contains("'viewer' needs a token");
		assertThat(result.json().read("$", java.util.Map.class)).doesNotContainKey("data");
	}

	@Test
	void aProtectedFieldBesideAPublicOneIsRefusedWithIt() {
		Api.Result result = Api.publicEndpoint(port).execute("{ __typename returns(first: 1) { totalCount } }");
		assertThat(result.read("$.errors[0].extensions.code", String.class)).isEqualTo("NOT_PUBLIC");
	}

	@Test
	void mutationsOtherThanThePublicOnesAndRootFragmentsAreRefused() {
		Api.Result mutation = Api.publicEndpoint(port)
			.execute("mutation { returnCancel(input: {returnId: \"x\"}) { userErrors { code } } }");
		assertThat(mutation.read("$.errors[0].extensions.code", String.class)).isEqualTo("NOT_PUBLIC");
		assertThat(mutation.read("$.errors[0].message", String.class)).startsWith("'returnCancel' needs a token");
		// A public mutation does not carry another one along.
		Api.Result mixed = Api.publicEndpoint(port)
			.execute("mutation { selfServiceReturnStart(input: {idempotencyKey: \"k\", handle: \"acme\","
					+ " reason: OTHER, customer: {name: \"x\"}, origin: {line1: \"x\", city: \"x\","
					+ " countryCode: \"ES\"}, items: [], consent: true}) { userErrors { code } }"
					+ " returnCancel(input: {returnId: \"x\"}) { userErrors { code } } }");
		assertThat(mixed.read("$.errors[0].extensions.code", String.class)).isEqualTo("NOT_PUBLIC");
		assertThat(mixed.read("$.errors[0].message", String.class)).startsWith("'returnCancel' needs a token");
		assertThat(mixed.body()).doesNotContain("\"data\":{");
		Api.Result fragment = Api.publicEndpoint(port).execute("{ ...f } fragment f on Query { viewer { username } }");
		assertThat(fragment.read("$.errors[0].extensions.code", String.class)).isEqualTo("NOT_PUBLIC");
	}

	@Test
	void theProtectedEndpointStillChallengesARequestWithoutToken() {
		Api.Result result = Api.anonymous(port).execute("{ __typename }");
		assertThat(result.status()).isEqualTo(401);
		assertThat(result.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
	}

	@Test
	void thePublicEndpointTakesOnlyPost() {
		var response = Api.anonymous(port).get("/graphql/public?query=%7B__typename%7D");
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
	}

}
