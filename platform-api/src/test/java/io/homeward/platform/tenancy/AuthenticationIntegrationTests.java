package io.homeward.platform.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.KeycloakAdmin;
import jakarta.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The HTTP layer of {@code /graphql}: which tokens get in (Keycloak's real tokens, forged
 * and foreign ones), which requests the GraphQL endpoint accepts, in which media types it
 * answers, and that each refusal says what is wrong. Also that the development realm does
 * not lock its users out for a few typos.
 */
@IntegrationTest
class AuthenticationIntegrationTests {

	private static final String VIEWER_QUERY = "{ viewer { username organization { name } } }";

	private static final String VIEWER_BODY = """
			{"query":"{ viewer { username organization { name } } }"}""";

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void requestWithoutTokenIsUnauthorized() {
		HttpResponse<String> response = postGraphQl(null, "application/json", VIEWER_BODY);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying((challenge) -> {
			assertThat(challenge).startsWith("Bearer");
			assertThat(challenge).doesNotContain("error=");
		});
		// The header says it to OAuth clients; the body says it to everyone else.
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
		DocumentContext body = JsonPath.parse(response.body());
		assertThat(body.read("$.errors[0].extensions.code", String.class)).isEqualTo("UNAUTHENTICATED");
		assertThat(body.read("$.errors[0].message", String.class)).contains("Authorization: Bearer <token>");
		assertThat(body.read("$", Map.class)).doesNotContainKey("data");
		// In plain JSON for a client that asks for it.
		HttpResponse<String> json = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(VIEWER_BODY)));
		assertThat(json.statusCode()).isEqualTo(401);
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(JsonPath.parse(json.body()).read("$.errors[0].extensions.code", String.class))
			.isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void malformedTokenIsUnauthorized() {
		assertInvalidToken(postGraphQl("abc.def.ghi", "application/json", VIEWER_BODY));
	}

	@Test
	void unsignedTokenIsUnauthorized() {
		// The claims of a real acme token (issuer, audience, expiry, organization), but
		// with "alg":"none" and no signature.
		String token = Api.token("acme");
		assertThat(claims(token).read("$.organization.acme-outdoor.homeward_id[0]", String.class))
			.isEqualTo("22222222-2222-4222-8222-222222222222");
		String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + token.split("\\.")[1] + ".";
		assertInvalidToken(postGraphQl(unsigned, "application/json", VIEWER_BODY));
	}

	@Test
	void tokenWithAlteredSignatureIsUnauthorized() {
		String token = Api.token("acme");
		int signatureStart = token.lastIndexOf('.') + 1;
		// A character in the middle of the signature: the last one may carry only padding
		// bits, which decoders ignore.
		int flip = signatureStart + (token.length() - signatureStart) / 2;
		char replacement = (token.charAt(flip) == 'A') ? 'B' : 'A';
		String altered = token.substring(0, flip) + replacement + token.substring(flip + 1);
		assertThat(altered).isNotEqualTo(token).hasSameSizeAs(token);
		assertInvalidToken(postGraphQl(altered, "application/json", VIEWER_BODY));
		// The original still works, so it is the signature that was refused.
		assertThat(postGraphQl(token, "application/json", VIEWER_BODY).statusCode()).isEqualTo(200);
	}

	@Test
	void tokenWithAlteredClaimsIsUnauthorized() {
		// Acme's token re-encoded to name Globex, keeping acme's signature.
		String[] parts = Api.token("acme").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(payload).contains("22222222-2222-4222-8222-222222222222");
		String forged = parts[0] + "."
				+ base64Url(
						payload.replace("22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333"))
				+ "." + parts[2];
		assertInvalidToken(postGraphQl(forged, "application/json", VIEWER_BODY));
	}

	@Test
	void tokenOfAnotherClientWithoutTheApiAudienceIsUnauthorized() {
		KeycloakEndpoint keycloak = LocalServices.shared().keycloak();
		String token = Api
			.form(keycloak.tokenUri(), Map.of("grant_type", "client_credentials", "client_id", "homeward-other",
					"client_secret", "other-secret"))
			.read("$.access_token");
		DocumentContext claims = claims(token);
		// A genuine token of the realm, refused only for its audience.
		assertThat(claims.read("$.iss", String.class)).isEqualTo(keycloak.issuer());
		assertThat(claims.read("$.azp", String.class)).isEqualTo("homeward-other");
		assertThat(audiences(claims)).doesNotContain("homeward-api");
		String message = assertInvalidToken(postGraphQl(token, "application/json", VIEWER_BODY));
		// Spring Security's description names the claim at fault.
		assertThat(message).contains("aud");
	}

	@Test
	void tokenWithoutOrganizationIsForbidden() {
		KeycloakEndpoint endpoint = LocalServices.shared().keycloak();
		String username = "no-org-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "Pw-" + UUID.randomUUID();
		try (Keycloak admin = KeycloakAdmin.client(endpoint)) {
			UsersResource users = admin.realm(endpoint.realm()).users();
			String userId;
			try (Response created = users.create(user(username, password))) {
				assertThat(created.getStatus()).isEqualTo(201);
				userId = CreatedResponseUtil.getCreatedId(created);
			}
			try {
				assertThat(admin.realm(endpoint.realm()).organizations().members().getOrganizations(userId, true))
					.isEmpty();
				String token = Api.token(username, password);
				DocumentContext claims = claims(token);
				// Valid for the API, but naming no organization.
				assertThat(audiences(claims)).contains("homeward-api");
				assertThat(claims.read("$", Map.class)).doesNotContainKeys("organization");

				HttpResponse<String> response = postGraphQl(token, "application/json", VIEWER_BODY);
				assertThat(response.statusCode()).isEqualTo(403);
				assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/json"));
				DocumentContext body = JsonPath.parse(response.body());
				assertThat(body.read("$.error", String.class)).isEqualTo("invalid_tenant");
				assertThat(body.read("$.message", String.class)).isEqualTo("The token names no valid organization");
				assertThat(body.read("$", Map.class)).doesNotContainKey("data");
				// The same in the shape of every other refusal of /graphql.
				assertThat(body.read("$.errors[0].extensions.code", String.class)).isEqualTo("FORBIDDEN");
				assertThat(body.read("$.errors[0].message", String.class))
					.startsWith("The token names no valid organization")
					.contains("organization");
			}
			finally {
				users.delete(userId).close();
			}
		}
	}

	/**
	 * The token's organization must be the platform's: one that is provisioned, with the
	 * kind the platform records for it, named by the attributes of a Keycloak
	 * organization (which only the admin API sets). A realm administrator's mistake
	 * naming the operator as a shipper, or an organization the platform does not know,
	 * gets no tenant. The positive control: a member of an organization whose attributes
	 * name the operator rightly gets in.
	 */
	@Test
	void aTokenWhoseOrganizationIsNotThePlatformsRecordIsForbidden() {
		KeycloakEndpoint endpoint = LocalServices.shared().keycloak();
		try (Keycloak admin = KeycloakAdmin.client(endpoint)) {
			RealmResource realm = admin.realm(endpoint.realm());
			Map<String, String> wrongKind = Map.of("homeward_id", "11111111-1111-4111-8111-111111111111",
					"homeward_kind", "SHIPPER");
			Map<String, String> unknown = Map.of("homeward_id", UUID.randomUUID().toString(), "homeward_kind",
					"SHIPPER");
			Map<String, String> right = Map.of("homeward_id", "11111111-1111-4111-8111-111111111111", "homeward_kind",
					"OPERATOR");
			for (Map<String, String> organization : List.of(wrongKind, unknown, right)) {
				String suffix = UUID.randomUUID().toString().substring(0, 8);
				String organizationId = organization(realm, "org-" + suffix, organization);
				String username = "org-" + suffix;
				String password = "Pw-" + UUID.randomUUID();
				String userId;
				try (Response created = realm.users().create(user(username, password))) {
					assertThat(created.getStatus()).isEqualTo(201);
					userId = CreatedResponseUtil.getCreatedId(created);
				}
				try {
					realm.organizations().get(organizationId).members().addMember(userId).close();
					String token = Api.token(username, password);
					assertThat(claims(token).read("$.organization.org-" + suffix + ".homeward_id[0]", String.class))
						.isEqualTo(organization.get("homeward_id"));
					HttpResponse<String> response = postGraphQl(token, "application/json", VIEWER_BODY);
					if (organization == right) {
						assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
						assertThat(
								JsonPath.parse(response.body()).read("$.data.viewer.organization.name", String.class))
							.isEqualTo("Homeward Hub Ops");
					}
					else {
						assertThat(response.statusCode()).as("%s: %s", organization, response.body()).isEqualTo(403);
						assertThat(JsonPath.parse(response.body()).read("$.error", String.class))
							.isEqualTo("invalid_tenant");
					}
				}
				finally {
					realm.users().delete(userId).close();
					realm.organizations().get(organizationId).delete().close();
				}
			}
		}
	}

	/**
	 * A person in two organizations gets no tenant: Keycloak leaves the organization out
	 * of a token when it cannot tell which one is meant, and the platform would refuse a
	 * token that named both. Neither a user attribute nor a group attribute names a
	 * tenant any more: a user given {@code homeward_id} as an attribute of their own gets
	 * nothing from it.
	 */
	@Test
	void aUserOfTwoOrganizationsOrWithTheirOwnAttributesIsForbidden() {
		KeycloakEndpoint endpoint = LocalServices.shared().keycloak();
		try (Keycloak admin = KeycloakAdmin.client(endpoint)) {
			RealmResource realm = admin.realm(endpoint.realm());
			String suffix = UUID.randomUUID().toString().substring(0, 8);
			String second = organization(realm, "second-" + suffix,
					Map.of("homeward_id", "44444444-4444-4444-8444-444444444444", "homeward_kind", "CARRIER"));
			String carrier = realm.organizations().search("Rapid Freight", true, 0, 1).getFirst().getId();
			String username = "two-orgs-" + suffix;
			String password = "Pw-" + UUID.randomUUID();
			UserRepresentation representation = user(username, password);
			representation.setAttributes(Map.of("homeward_id", List.of("44444444-4444-4444-8444-444444444444"),
					"homeward_kind", List.of("CARRIER"), "org_id", List.of("44444444-4444-4444-8444-444444444444"),
					"org_kind", List.of("CARRIER")));
			String userId;
			try (Response created = realm.users().create(representation)) {
				assertThat(created.getStatus()).isEqualTo(201);
				userId = CreatedResponseUtil.getCreatedId(created);
			}
			try {
				// Its own attributes alone name nothing.
				String alone = Api.freshToken(username, password);
				assertThat(claims(alone).read("$", Map.class)).doesNotContainKeys("organization", "org_id");
				assertThat(postGraphQl(alone, "application/json", VIEWER_BODY).statusCode()).isEqualTo(403);
				realm.organizations().get(carrier).members().addMember(userId).close();
				// One membership: in.
				assertThat(
						postGraphQl(Api.freshToken(username, password), "application/json", VIEWER_BODY).statusCode())
					.isEqualTo(200);
				realm.organizations().get(second).members().addMember(userId).close();
				String both = Api.freshToken(username, password);
				assertThat(claims(both).read("$", Map.class)).doesNotContainKey("organization");
				HttpResponse<String> response = postGraphQl(both, "application/json", VIEWER_BODY);
				assertThat(response.statusCode()).isEqualTo(403);
				assertThat(JsonPath.parse(response.body()).read("$.error", String.class)).isEqualTo("invalid_tenant");
			}
			finally {
				realm.users().delete(userId).close();
				realm.organizations().get(second).delete().close();
			}
		}
	}

	private static String organization(RealmResource realm, String name, Map<String, String> attributes) {
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setName(name);
		organization.setAlias(name);
		organization.setEnabled(true);
		Map<String, List<String>> values = new HashMap<>();
		attributes.forEach((key, value) -> values.put(key, List.of(value)));
		organization.setAttributes(values);
		try (Response created = realm.organizations().create(organization)) {
			assertThat(created.getStatus()).as(created.readEntity(String.class)).isEqualTo(201);
			return CreatedResponseUtil.getCreatedId(created);
		}
	}

	/**
	 * The development realm is shared by everyone trying the demo: mistyped passwords
	 * must not lock its users out for long, while brute-force detection still counts
	 * them.
	 */
	@Test
	void aFewMistypedPasswordsDoNotLockAUserOut() {
		KeycloakEndpoint endpoint = LocalServices.shared().keycloak();
		String username = "typo-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "Pw-" + UUID.randomUUID();
		try (Keycloak admin = KeycloakAdmin.client(endpoint)) {
			RealmResource realm = admin.realm(endpoint.realm());
			RealmRepresentation settings = realm.toRepresentation();
			assertThat(settings.isBruteForceProtected()).isTrue();
			assertThat(settings.isPermanentLockout()).isFalse();
			String userId;
			try (Response created = realm.users().create(user(username, password))) {
				assertThat(created.getStatus()).isEqualTo(201);
				userId = CreatedResponseUtil.getCreatedId(created);
			}
			try {
				// In quick succession, as a script or an impatient user sends them.
				for (int typo = 0; typo < 3; typo++) {
					HttpResponse<String> refused = passwordGrant(username, password + typo);
					assertThat(refused.statusCode()).isEqualTo(400);
					assertThat(refused.body()).contains("invalid_grant");
				}
				await("failures counted").atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(realm.attackDetection().bruteForceUserStatus(userId))
						.hasEntrySatisfying("numFailures",
								(failures) -> assertThat(((Number) failures).intValue()).isPositive()));
				await("the right password accepted again").atMost(Duration.ofSeconds(10))
					.pollInterval(Duration.ofMillis(500))
					.untilAsserted(() -> assertThat(passwordGrant(username, password).statusCode()).isEqualTo(200));
			}
			finally {
				realm.users().delete(userId).close();
			}
		}
	}

	@Test
	void validTokenGetsTheViewer() {
		HttpResponse<String> response = postGraphQl(Api.token("acme"), "application/json", VIEWER_BODY);
		assertThat(response.statusCode()).isEqualTo(200);
		DocumentContext body = JsonPath.parse(response.body());
		assertThat(body.read("$.data.viewer.username", String.class)).isEqualTo("acme");
		assertThat(body.read("$.data.viewer.organization.name", String.class)).isEqualTo("Acme Outdoor");
	}

	@Test
	void getIsNotExecutedAsAQuery() {
		String query = URLEncoder.encode("{viewer{username}}", StandardCharsets.UTF_8);
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql?query=" + query))
			.header("Authorization", "Bearer " + Api.token("acme"))
			.header("Accept", "application/graphql-response+json")
			.GET());
		// The endpoint is mapped for POST only: 405 naming POST, and nothing executed.
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		DocumentContext body = JsonPath.parse(response.body());
		assertThat(body.read("$.errors[0].extensions.code", String.class)).isEqualTo("METHOD_NOT_ALLOWED");
		assertThat(body.read("$.errors[0].message", String.class)).contains("POST");
		assertThat(body.read("$", Map.class)).doesNotContainKey("data");
		// Without a token, authentication comes first.
		HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/graphql?query=" + query)).GET());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void plainTextBodyIsUnsupportedMediaType() {
		HttpResponse<String> response = postGraphQl(Api.token("acme"), "text/plain", VIEWER_BODY);
		// 415, advertising the one request media type the endpoint takes; nothing
		// executed.
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Accept")).hasValue("application/json");
		assertRefused(response, "UNSUPPORTED_MEDIA_TYPE", "Content-Type: application/json");
		// No Content-Type at all, and one that cannot be parsed, are refused alike.
		for (String contentType : new String[] { null, "not a media type" }) {
			HttpResponse<String> refused = postGraphQl(Api.token("acme"), contentType, VIEWER_BODY);
			assertThat(refused.statusCode()).as("Content-Type %s", contentType).isEqualTo(415);
			assertThat(refused.headers().firstValue("Accept")).hasValue("application/json");
			assertRefused(refused, "UNSUPPORTED_MEDIA_TYPE", "Content-Type: application/json");
		}
	}

	@Test
	void jsonRequestThatAcceptsNoJsonAnswerIsNotAcceptable() {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Authorization", "Bearer " + Api.token("acme"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(VIEWER_BODY)));
		assertThat(response.statusCode()).isEqualTo(406);
		// Still in JSON: there is nothing else to say it in.
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		DocumentContext body = JsonPath.parse(response.body());
		assertThat(body.read("$.errors[0].extensions.code", String.class)).isEqualTo("NOT_ACCEPTABLE");
		assertThat(body.read("$.errors[0].message", String.class)).contains("application/graphql-response+json");
	}

	@Test
	void malformedJsonIsABadRequestThatSaysWhere() {
		HttpResponse<String> response = postGraphQl(Api.token("acme"), "application/json",
				"{\"query\": \"{ viewer { username } }\",}");
		assertThat(response.statusCode()).isEqualTo(400);
		String message = assertRefused(response, "BAD_REQUEST", "not valid JSON");
		assertThat(message).contains("line 1, column");
	}

	@Test
	void variablesGivenAsAStringAreABadRequest() {
		HttpResponse<String> response = postGraphQl(Api.token("acme"), "application/json",
				"""
						{"query":"query($first: Int) { returns(first: $first) { totalCount } }","variables":"{\\"first\\":1}"}""");
		assertThat(response.statusCode()).isEqualTo(400);
		assertRefused(response, "BAD_REQUEST", "\"variables\" must be a JSON object");
		// The same request with variables as an object runs, and so does one with null.
		assertThat(postGraphQl(Api.token("acme"), "application/json", """
				{"query":"query($first: Int) { returns(first: $first) { totalCount } }","variables":{"first":1}}""")
			.statusCode()).isEqualTo(200);
		assertThat(postGraphQl(Api.token("acme"), "application/json", """
				{"query":"query($first: Int) { returns(first: $first) { totalCount } }","variables":null}""")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aBatchOfOperationsIsABadRequest() {
		HttpResponse<String> response = postGraphQl(Api.token("acme"), "application/json",
				"[" + VIEWER_BODY + "," + VIEWER_BODY + "]");
		assertThat(response.statusCode()).isEqualTo(400);
		assertRefused(response, "BAD_REQUEST", "a JSON array (a batch of operations) is not supported");
		// An empty body is refused with the same words.
		HttpResponse<String> empty = postGraphQl(Api.token("acme"), "application/json", "");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertRefused(empty, "BAD_REQUEST", "must be one JSON object");
	}

	@Test
	void aRequestWithoutQueryIsABadRequest() {
		HttpResponse<String> response = postGraphQl(Api.token("acme"), "application/json", "{\"variables\": {}}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertRefused(response, "BAD_REQUEST", "no \"query\"");
		// In plain JSON for a client that asks for it.
		Api.Result json = Api.as(port, "acme")
			.post("{\"operationName\": null}", "application/json", "application/json");
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.contentType()).startsWith("application/json");
		assertThat(json.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_REQUEST");
	}

	@Test
	void answersInTheGraphQlResponseMediaTypeWhenAskedFor() {
		Api.Result result = Api.as(port, "acme")
			.post(VIEWER_BODY, "application/json", "application/graphql-response+json");
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.contentType()).startsWith("application/graphql-response+json");
		assertThat(result.json().read("$.data.viewer.username", String.class)).isEqualTo("acme");
		// The same through the helper every test uses.
		assertThat(Api.as(port, "acme").execute(VIEWER_QUERY).contentType())
			.startsWith("application/graphql-response+json");
	}

	@Test
	void answersInPlainJsonWhenAskedFor() {
		Api.Result result = Api.as(port, "acme").post(VIEWER_BODY, "application/json", "application/json");
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.contentType()).startsWith("application/json");
		assertThat(result.json().read("$.data.viewer.username", String.class)).isEqualTo("acme");
	}

	/** Keycloak's answer to the password grant, whatever its status. */
	private static HttpResponse<String> passwordGrant(String username, String password) {
		String form = "grant_type=password&client_id=homeward-cli&username="
				+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(LocalServices.shared().keycloak().tokenUri()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static UserRepresentation user(String username, String password) {
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEnabled(true);
		user.setEmail(username + "@example.com");
		user.setEmailVerified(true);
		user.setFirstName("No");
		user.setLastName("Organization");
		user.setCredentials(List.of(credential));
		return user;
	}

	/** Asserts the challenge and the body of a refused token; returns the message. */
	private String assertInvalidToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
		assertThat(challenge).startsWith("Bearer error=\"invalid_token\"");
		String message = assertRefused(response, "UNAUTHENTICATED", "The access token was refused (invalid_token)");
		// The body says what the challenge says.
		Matcher description = Pattern.compile("error_description=\"([^\"]*)\"").matcher(challenge);
		assertThat(description.find()).as(challenge).isTrue();
		assertThat(message).contains(description.group(1));
		return message;
	}

	/**
	 * Asserts a refusal's body: one error with the code, a message with the given words,
	 * no data and nothing of the implementation. Returns the message.
	 */
	private static String assertRefused(HttpResponse<String> response, String code, String words) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
		DocumentContext body = JsonPath.parse(response.body());
		assertThat(body.read("$.errors", List.class)).hasSize(1);
		assertThat(body.read("$.errors[0].extensions.code", String.class)).isEqualTo(code);
		assertThat(body.read("$", Map.class)).doesNotContainKey("data");
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.", "tools.jackson", "springframework");
		String message = body.read("$.errors[0].message", String.class);
		assertThat(message).contains(words);
		return message;
	}

	private HttpResponse<String> postGraphQl(@Nullable String token, @Nullable String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static DocumentContext claims(String token) {
		return JsonPath.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
	}

	/** The {@code aud} claim, which may be absent, one string or a list. */
	private static List<String> audiences(DocumentContext claims) {
		Object aud = claims.read("$", Map.class).get("aud");
		if (aud instanceof String single) {
			return List.of(single);
		}
		if (aud instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

	private static String base64Url(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
