package io.homeward.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY case 28: an instance shut down under load ({@code server.shutdown: graceful},
 * as SIGTERM does it) finishes the requests it has accepted, with their answers, and
 * takes no new ones: every request either gets its 200 or never reaches the instance (the
 * connection is refused or closed before a request is read). None gets a 5xx. A second
 * instance of the platform on the suite's services, so the shared one keeps serving.
 */
class GracefulShutdownIntegrationTests {

	private static final String RETURNS = "{\"query\":\"{ returns(first: 20) { edges { node { rmaNumber items { sku } } } } }\"}";

	@Test
	void anInstanceShutDownUnderLoadAnswersWhatItAcceptedAndNoFiveHundreds() throws Exception {
		ConfigurableApplicationContext platform = new SpringApplicationBuilder(HomewardApplication.class)
			.initializers(new LocalServicesInitializer())
			.properties("server.port=0")
			.run();
		int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
		String token = Api.token("acme");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger refused = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService load = Executors.newFixedThreadPool(6);
		for (int i = 0; i < 6; i++) {
			load.submit(() -> {
				while (running.get()) {
					try {
						HttpResponse<String> response = http
							.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
								.timeout(Duration.ofSeconds(30))
								.header("Authorization", "Bearer " + token)
								.header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString(RETURNS))
								.build(), HttpResponse.BodyHandlers.ofString());
						statuses.add(response.statusCode());
					}
					catch (IOException ex) {
						// Refused or closed before the request was read: it never reached
						// the
						// instance, and a client retries it elsewhere.
						refused.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		try {
			Thread.sleep(3_000);
			int before = statuses.size();
			platform.close();
			assertThat(before).as("answered before the shutdown").isPositive();
			Thread.sleep(1_000);
		}
		finally {
			running.set(false);
			load.shutdown();
			assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
			if (platform.isActive()) {
				platform.close();
			}
		}
		assertThat(statuses).isNotEmpty().containsOnly(200);
		assertThat(refused.get()).as("requests that found the instance gone").isPositive();
	}

}
