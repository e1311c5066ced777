package io.homeward.platform;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import io.homeward.infra.local.LocalServices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Health over HTTP with the real services, including while Redis is down; and that no
 * other actuator endpoint is reachable.
 */
@IntegrationTest
class HealthIntegrationTests {

	private static final Duration BOUND = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	HealthEndpoint healthEndpoint;

	@Test
	void healthIsUpWithoutAuthenticationAndCoversTheThreeServices() {
		HttpResponse<String> response = Api.anonymous(port).get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(status(response)).isEqualTo("UP");
		// Details are not shown over HTTP (show-details: never), so check the indicators
		// in process: each service has one, and each is up.
		assertThat(componentStatus("db")).isEqualTo(Status.UP);
		assertThat(componentStatus("redis")).isEqualTo(Status.UP);
		assertThat(componentStatus("keycloak")).isEqualTo(Status.UP);
		assertThat(response.body()).doesNotContain("components", "details");
	}

	@Test
	void healthIsDownWhileRedisIsStoppedAndLivenessStaysUp() {
		Api anonymous = Api.anonymous(port);
		assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
		LocalServices.shared().stopRedis();
		try {
			await("health DOWN without Redis").atMost(BOUND).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
				HttpResponse<String> response = anonymous.get("/actuator/health");
				assertThat(response.statusCode()).isEqualTo(503);
				assertThat(status(response)).isEqualTo("DOWN");
			});
			assertThat(componentStatus("redis")).isEqualTo(Status.DOWN);
			assertThat(componentStatus("db")).isEqualTo(Status.UP);
			assertThat(componentStatus("keycloak")).isEqualTo(Status.UP);
			HttpResponse<String> liveness = anonymous.get("/actuator/health/liveness");
			assertThat(liveness.statusCode()).isEqualTo(200);
			assertThat(status(liveness)).isEqualTo("UP");
			// Redis only accelerates pricing, which falls back to PostgreSQL: instances
			// stay in rotation.
			HttpResponse<String> readiness = anonymous.get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(status(readiness)).isEqualTo("UP");
		}
		finally {
			LocalServices.shared().startRedis();
		}
		await("health UP again with Redis").atMost(BOUND).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			HttpResponse<String> response = anonymous.get("/actuator/health");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(status(response)).isEqualTo("UP");
		});
		assertThat(componentStatus("redis")).isEqualTo(Status.UP);
	}

	@Test
	void otherActuatorEndpointsAreNotReachable() {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator" }) {
			// Anonymous: denied before anything else, with a bearer challenge.
			HttpResponse<String> anonymous = Api.anonymous(port).get(path);
			assertThat(anonymous.statusCode()).as("anonymous GET %s", path).isEqualTo(401);
			assertThat(anonymous.body()).as("anonymous GET %s", path).isEmpty();
			// Signed in: still denied, and nothing of the environment leaks.
			HttpResponse<String> signedIn = Api.as(port, "acme").get(path);
			assertThat(signedIn.statusCode()).as("acme GET %s", path).isEqualTo(403);
			assertThat(signedIn.body()).as("acme GET %s", path).isEmpty();
		}
	}

	private static String status(HttpResponse<String> response) {
		return JsonPath.parse(response.body()).read("$.status", String.class);
	}

	private Status componentStatus(String name) {
		HealthDescriptor descriptor = healthEndpoint.healthForPath(name);
		assertThat(descriptor).as("health indicator %s", name).isNotNull();
		return descriptor.getStatus();
	}

}
