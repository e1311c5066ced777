package io.homeward.platform.tenancy;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the portal signs its users in: the realm that issues the API's tokens and the
 * realm's public client for the browser (authorization code with PKCE, ADR 0012). The
 * portal's files are the same in every deployment, so they read this at start instead of
 * having the realm built in. Nothing here is secret: a public client has no secret.
 */
@RestController
class PortalSignIn {

	private final Map<String, String> settings;

	PortalSignIn(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
			@Value("${homeward.portal.client-id:homeward-portal}") String clientId) {
		this.settings = Map.of("authority", issuer, "clientId", clientId);
	}

	@GetMapping(path = "/portal/sign-in.json")
	ResponseEntity<Map<String, String>> settings() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.settings);
	}

}
