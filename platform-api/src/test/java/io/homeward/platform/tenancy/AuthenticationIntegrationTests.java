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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import jakarta.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP layer of {@code /graphql}: which tokens get in (Keycloak's real tokens, forged
 * and foreign ones), which requests the GraphQL endpoint accepts, and in which media
 * types it answers.
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
		assertThat(response.body()).isEmpty();
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
		assertThat(claims(token).read("$.org_id", String.class)).isEqualTo("22222222-2222-4222-8222-222222222222");
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
		assertInvalidToken(postGraphQl(token, "application/json", VIEWER_BODY));
	}

	@Test
	void tokenWithoutOrganizationIsForbidden() {
		KeycloakEndpoint endpoint = LocalServices.shared().keycloak();
		String username = "no-org-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "Pw-" + UUID.randomUUID();
		try (Keycloak admin = KeycloakBuilder.builder()
			.serverUrl(endpoint.baseUrl())
			.realm("master")
			.clientId("admin-cli")
			.grantType(OAuth2Constants.PASSWORD)
			.username(endpoint.adminUser())
			.password(endpoint.adminPassword())
			.build()) {
			UsersResource users = admin.realm(endpoint.realm()).users();
			String userId;
			try (Response created = users.create(user(username, password))) {
				assertThat(created.getStatus()).isEqualTo(201);
				userId = CreatedResponseUtil.getCreatedId(created);
			}
			try {
				assertThat(users.get(userId).groups()).isEmpty();
				String token = Api.token(username, password);
				DocumentContext claims = claims(token);
				// Valid for the API, but naming no organization.
				assertThat(audiences(claims)).contains("homeward-api");
				assertThat(claims.read("$", Map.class)).doesNotContainKeys("org_id", "org_kind");

				HttpResponse<String> response = postGraphQl(token, "application/json", VIEWER_BODY);
				assertThat(response.statusCode()).isEqualTo(403);
				assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying((contentType) -> assertThat(contentType).startsWith("application/json"));
				DocumentContext body = JsonPath.parse(response.body());
				assertThat(body.read("$.error", String.class)).isEqualTo("invalid_tenant");
				assertThat(body.read("$.message", String.class)).isEqualTo("The token names no valid organization");
				assertThat(body.read("$", Map.class)).doesNotContainKey("data");
			}
			finally {
				users.delete(userId).close();
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
		assertThat(response.body()).isEmpty();
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
		assertThat(response.body()).isEmpty();
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

	private void assertInvalidToken(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
		assertThat(response.body()).isEmpty();
	}

	private HttpResponse<String> postGraphQl(@Nullable String token, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", contentType)
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
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
