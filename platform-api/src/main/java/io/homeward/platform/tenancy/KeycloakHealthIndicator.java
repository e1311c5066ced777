package io.homeward.platform.tenancy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Keycloak is reachable when its realm publishes signing keys: without them no new token
 * can be validated, so the service is not healthy.
 */
@Component("keycloak")
class KeycloakHealthIndicator implements HealthIndicator {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final URI jwkSetUri;

	KeycloakHealthIndicator(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") URI jwkSetUri) {
		this.jwkSetUri = jwkSetUri;
	}

	@Override
	public Health health() {
		try {
			HttpResponse<Void> response = client.send(
					HttpRequest.newBuilder(jwkSetUri).timeout(Duration.ofSeconds(3)).build(),
					HttpResponse.BodyHandlers.discarding());
			return (response.statusCode() == 200) ? Health.up().build()
					: Health.down().withDetail("status", response.statusCode()).build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.down().build();
		}
		catch (Exception ex) {
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
