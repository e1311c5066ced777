package io.homeward.platform;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.server.WebGraphQlInterceptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * QUALITY case 21, the instance killed after the commit and before the response: a second
 * instance of the platform commits a keyed {@code returnCreate} and dies before a byte of
 * its answer is sent (an interceptor holds the finished response until the instance is
 * shut down around it). The client, which never heard, retries with the same key on the
 * suite's instance, as it would on any other behind the load balancer: it gets the stored
 * answer, the same return, and there is one return.
 */
@IntegrationTest
class CrashAfterCommitIntegrationTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aRetryAfterTheInstanceDiedBetweenCommitAndAnswerReplaysTheStoredAnswer() throws Exception {
		CountDownLatch committed = new CountDownLatch(1);
		CountDownLatch never = new CountDownLatch(1);
		WebGraphQlInterceptor dieBeforeAnswering = (request, chain) -> chain.next(request).doOnNext((response) -> {
			// The operation has executed: its keyed transaction committed before its
			// value completed. Hold the answer until the instance is gone.
			committed.countDown();
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		ConfigurableApplicationContext doomed = new SpringApplicationBuilder(HomewardApplication.class)
			.initializers(new LocalServicesInitializer(),
					(context) -> context.getBeanFactory().registerSingleton("dieBeforeAnswering", dieBeforeAnswering))
			// Killed, not drained: the shutdown does not wait for the request it holds.
			.properties("server.port=0", "spring.lifecycle.timeout-per-shutdown-phase=1s")
			.run();
		String key = "crash-" + System.nanoTime();
		Map<String, Object> variables = Map.of("input", Fixtures.returnInput(key, key));
		try {
			int doomedPort = Integer.parseInt(doomed.getEnvironment().getProperty("local.server.port"));
			String body = json.writeValueAsString(Map.of("query", Fixtures.CREATE, "variables", variables));
			CompletableFuture<HttpResponse<String>> first = HttpClient.newHttpClient()
				.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + doomedPort + "/graphql"))
					.timeout(Duration.ofSeconds(60))
					.header("Authorization", "Bearer " + Api.token("acme"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(committed.await(30, TimeUnit.SECONDS)).as("the first attempt committed").isTrue();
			doomed.close();
			assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).as("the first attempt was never answered")
				.isInstanceOf(ExecutionException.class);
		}
		finally {
			never.countDown();
			if (doomed.isActive()) {
				doomed.close();
			}
		}
		List<UUID> made = returnsWith(key);
		assertThat(made).as("committed by the instance that died").hasSize(1);

		Api.Result retry = Api.as(port, "acme").execute(Fixtures.CREATE, variables);
		assertThat(retry.data().read("$.data.returnCreate.userErrors", List.class)).isEmpty();
		String id = retry.data().read("$.data.returnCreate.return.id");
		assertThat(JsonPath.parse(retry.body()).read("$.data.returnCreate.return.rmaNumber", String.class))
			.isEqualTo(key);
		assertThat(id).isEqualTo(GlobalId.encode("ReturnOrder", made.getFirst()));
		assertThat(returnsWith(key)).isEqualTo(made);
	}

	/** Acme's returns with this RMA number, read as Acme under row-level security. */
	private static List<UUID> returnsWith(String rmaNumber) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (Connection acme = RlsProbe.app(Fixtures.ACME, "SHIPPER");
				PreparedStatement query = acme.prepareStatement("select id from return_order where rma_number = ?")) {
			query.setString(1, rmaNumber);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getObject(1, UUID.class));
				}
			}
			acme.rollback();
		}
		return ids;
	}

}
