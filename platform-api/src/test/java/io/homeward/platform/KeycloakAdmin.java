package io.homeward.platform;

import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * Keycloak's admin API as the tests' embedded Keycloak's administrator (master realm).
 */
public final class KeycloakAdmin {

	private KeycloakAdmin() {
	}

	public static Keycloak client() {
		return client(LocalServices.shared().keycloak());
	}

	public static Keycloak client(KeycloakEndpoint endpoint) {
		return KeycloakBuilder.builder()
			.serverUrl(endpoint.baseUrl())
			.realm("master")
			.clientId("admin-cli")
			.grantType(OAuth2Constants.PASSWORD)
			.username(endpoint.adminUser())
			.password(endpoint.adminPassword())
			.build();
	}

}
