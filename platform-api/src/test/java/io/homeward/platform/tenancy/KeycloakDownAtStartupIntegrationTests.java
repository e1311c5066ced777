package io.homeward.platform.tenancy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.homeward.platform.Api;
import io.homeward.platform.HomewardApplication;
import io.homeward.platform.LocalServicesInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY case 8, decided: the platform starts while Keycloak is down (its keys are
 * fetched when a token first needs them, and the issuer is checked on each token, never
 * looked up at startup), is live but not ready, and answers a token it cannot check yet
 * with 503 and a retry hint rather than a 500 or a refusal of the caller. A second
 * instance of the platform, on the suite's PostgreSQL and Redis, with Keycloak's address
 * a port where nothing listens.
 */
class KeycloakDownAtStartupIntegrationTests {

	@Test
	void thePlatformStartsLiveButNotReadyAndAnswersTokensWith503() throws IOException {
		int nothing;
		try (ServerSocket socket = new ServerSocket(0)) {
			nothing = socket.getLocalPort();
		}
		String keycloak = "http://localhost:" + nothing;
		try (ConfigurableApplicationContext platform = new SpringApplicationBuilder(HomewardApplication.class)
			.initializers(new LocalServicesInitializer(), (context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("keycloakDown",
						Map.of("server.port", 0, "spring.security.oauth2.resourceserver.jwt.issuer-uri",
								keycloak + "/realms/homeward", "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
								keycloak + "/realms/homeward/protocol/openid-connect/certs",
								"homeward.onboarding.keycloak-url", keycloak))))
			.run()) {
			int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
			Api anonymous = Api.anonymous(port);
			HttpResponse<String> liveness = anonymous.get("/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(liveness.body()).contains("UP");
			HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");

			// A token of the real realm: its keys cannot be had here, so it cannot be
			// checked either way.
			HttpResponse<String> checked = Api
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
					.header("Authorization", "Bearer " + Api.token("acme"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { username } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(checked.statusCode()).as(checked.body()).isEqualTo(503);
			assertThat(checked.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(JsonPath.parse(checked.body()).read("$.errors[0].extensions.code", String.class))
				.isEqualTo("UNAVAILABLE");
			// Without a token, the caller's fault as ever.
			assertThat(anonymous.post("{\"query\":\"{ viewer { username } }\"}", "application/json", "application/json")
				.status()).isEqualTo(401);
		}
	}

}
