package io.homeward.platform.tenancy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.KeycloakAdmin;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production realm ({@code infra/keycloak/homeward-realm-production.json}): what it
 * must and must not hold, read from the file, and that the real Keycloak imports it and
 * behaves so: HTTPS required, no password grant, the provisioner's service account
 * working, and tokens of the same shape as the development realm's.
 */
class ProductionRealmIntegrationTests {

	private static final Path PRODUCTION = Path.of("../infra/keycloak/homeward-realm-production.json");

	private static final Path DEVELOPMENT = Path.of("../infra/keycloak/homeward-realm.json");

	private static final ObjectMapper json = new ObjectMapper();

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theFileHoldsNoPeopleNoPasswordGrantAndShortLivedTokens() throws IOException {
		RealmRepresentation realm = read(PRODUCTION, Map.of());
		assertThat(realm.getSslRequired()).isEqualTo("all");
		assertThat(realm.isBruteForceProtected()).isTrue();
		assertThat(realm.getFailureFactor()).isLessThanOrEqualTo(10);
		assertThat(realm.isRegistrationAllowed()).isFalse();
		assertThat(realm.isOrganizationsEnabled()).isTrue();
		assertThat(realm.getAccessTokenLifespan()).isLessThanOrEqualTo(300);
		assertThat(realm.getSsoSessionIdleTimeout()).isLessThanOrEqualTo(1800);
		assertThat(realm.getRevokeRefreshToken()).isTrue();
		assertThat(realm.getPasswordPolicy()).contains("length(12)");
		// Nobody but the provisioner's service account, and no credential of anyone.
		assertThat(realm.getUsers()).allSatisfy((user) -> {
			assertThat(user.getServiceAccountClientId()).isNotNull();
			assertThat(user.getCredentials()).isNullOrEmpty();
		});
		assertThat(realm.getOrganizations()).isNullOrEmpty();
		assertThat(realm.getClients()).extracting(ClientRepresentation::getClientId)
			.containsExactlyInAnyOrder("homeward-portal", "homeward-provisioner");
		assertThat(realm.getClients()).allSatisfy((client) -> {
			assertThat(client.isDirectAccessGrantsEnabled()).as(client.getClientId()).isFalse();
			assertThat(client.isImplicitFlowEnabled()).as(client.getClientId()).isFalse();
			if (client.getRedirectUris() != null) {
				assertThat(client.getRedirectUris()).as(client.getClientId())
					.allSatisfy((uri) -> assertThat(uri).startsWith("${HOMEWARD_PUBLIC_URL}"));
			}
			if (!Boolean.TRUE.equals(client.isPublicClient())) {
				// Secrets come from the environment at import, never from the file.
				assertThat(client.getSecret()).as(client.getClientId()).matches("\\$\\{[A-Z_]+}");
			}
		});
		// Tokens of the same shape as in development: the same homeward scope.
		RealmRepresentation development = read(DEVELOPMENT, Map.of());
		assertThat(json.writeValueAsString(scope(realm, "homeward")))
			.isEqualTo(json.writeValueAsString(scope(development, "homeward")));
	}

	@Test
	void keycloakImportsItAndRefusesPasswordsAndPlainHttp() throws Exception {
		KeycloakEndpoint endpoint = LocalServices.shared().keycloak();
		String name = "homeward-production-" + UUID.randomUUID().toString().substring(0, 8);
		String secret = "Secret-" + UUID.randomUUID();
		RealmRepresentation realm = read(PRODUCTION,
				Map.of("HOMEWARD_PUBLIC_URL", "https://homeward.example", "HOMEWARD_PROVISIONER_SECRET", secret));
		realm.setRealm(name);
		try (Keycloak admin = KeycloakAdmin.client(endpoint)) {
			admin.realms().create(realm);
			try {
				String tokenUri = endpoint.baseUrl() + "/realms/" + name + "/protocol/openid-connect/token";
				// Over plain HTTP, nothing: not even the service account.
				HttpResponse<String> plain = post(tokenUri, Map.of("grant_type", "client_credentials", "client_id",
						"homeward-provisioner", "client_secret", secret));
				assertThat(plain.statusCode()).as(plain.body()).isEqualTo(403);
				assertThat(plain.body()).contains("HTTPS required");

				// Were TLS in front (here: the requirement lifted for this check), the
				// service account gets its token and a password grant is refused.
				RealmRepresentation lifted = admin.realm(name).toRepresentation();
				lifted.setSslRequired("none");
				admin.realm(name).update(lifted);
				HttpResponse<String> service = post(tokenUri, Map.of("grant_type", "client_credentials", "client_id",
						"homeward-provisioner", "client_secret", secret));
				assertThat(service.statusCode()).as(service.body()).isEqualTo(200);
				HttpResponse<String> password = post(tokenUri, Map.of("grant_type", "password", "client_id",
						"homeward-portal", "username", "anyone", "password", "anything"));
				assertThat(password.statusCode()).as(password.body()).isIn(400, 401);
				assertThat(password.body()).contains("unauthorized_client");

				RealmRepresentation imported = admin.realm(name).toRepresentation();
				assertThat(imported.isBruteForceProtected()).isTrue();
				assertThat(imported.getAccessTokenLifespan()).isEqualTo(300);
				assertThat(imported.isOrganizationsEnabled()).isTrue();
				// Nobody: the count leaves out the provisioner's service account, shown
				// above
				// to work.
				assertThat(admin.realm(name).users().count()).isZero();
			}
			finally {
				admin.realm(name).remove();
			}
		}
	}

	/**
	 * The file, with the environment's placeholders replaced as an import at startup
	 * would.
	 */
	private static RealmRepresentation read(Path file, Map<String, String> environment) throws IOException {
		String text = Files.readString(file);
		for (Map.Entry<String, String> variable : environment.entrySet()) {
			text = text.replace("${" + variable.getKey() + "}", variable.getValue());
		}
		return json.readValue(text, RealmRepresentation.class);
	}

	private static ClientScopeRepresentation scope(RealmRepresentation realm, String name) {
		List<ClientScopeRepresentation> scopes = realm.getClientScopes();
		return scopes.stream().filter((scope) -> scope.getName().equals(name)).findFirst().orElseThrow();
	}

	private static HttpResponse<String> post(String uri, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(uri))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
