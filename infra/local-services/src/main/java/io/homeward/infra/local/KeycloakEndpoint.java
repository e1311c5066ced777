package io.homeward.infra.local;

/**
 * A Keycloak server with the {@code homeward} realm imported, and the bootstrap
 * administrator of its master realm (for provisioning through the admin client).
 */
public record KeycloakEndpoint(String baseUrl, String realm, String adminUser, String adminPassword) {

	public String issuer() {
		return baseUrl + "/realms/" + realm;
	}

	public String jwkSetUri() {
		return issuer() + "/protocol/openid-connect/certs";
	}

	public String tokenUri() {
		return issuer() + "/protocol/openid-connect/token";
	}

}
