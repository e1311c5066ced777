package io.homeward.platform;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one request may ask of the platform: aliases, the document's size and tokens, the
 * body's size (by its length, and chunked), the time it may spend in the database, and
 * the application role's own statement timeout. Each refused with its code, before the
 * work it would cost.
 */
@IntegrationTest
class RequestLimitsIntegrationTests {

	@LocalServerPort
	int port;

	static String aliased(int count) {
		StringBuilder document = new StringBuilder("{");
		for (int i = 0; i < count; i++) {
			document.append(" v").append(i).append(": viewer { username }");
		}
		return document.append(" }").toString();
	}

	@Test
	void aThousandAliasesAreRefusedAndFiftyServed() {
		Api acme = Api.as(port, "acme");
		assertThat(acme.execute(aliased(50)).data().read("$.data.v49.username", String.class)).isEqualTo("acme");
		Api.Result refused = acme.execute(aliased(1_000));
		assertThat(refused.read("$.errors[0].extensions.code", String.class)).isEqualTo("MAX_ALIASES_EXCEEDED");
		assertThat(refused.read("$.errors[0].message", String.class)).isEqualTo("maximum aliases exceeded 1000 > 50");
		assertThat(refused.body()).doesNotContain("\"v0\"");
	}

	@Test
	void aDocumentOfTooManyTokensOrCharactersIsNotParsed() {
		Api acme = Api.as(port, "acme");
		String tokens = "{ viewer { " + "a ".repeat(12_000) + "} }";
		Api.Result many = acme.execute(tokens);
		assertThat(many.status()).isEqualTo(400);
		assertThat(many.read("$.errors[0].message", String.class)).contains("10,000");
		String characters = "{ viewer { username } }\n#" + "x".repeat(100_000);
		Api.Result large = acme.execute(characters);
		assertThat(large.status()).isEqualTo(400);
		assertThat(large.read("$.errors[0].message", String.class)).contains("100,000");
		// Large data in variables is not the document's: served.
		Api.Result padded = acme.execute(
				"query($pad: ID!) { viewer { username } trackingEvents(subjectId: $pad) { edges { cursor } } }",
				Map.of("pad", "x".repeat(600_000)));
		assertThat(padded.read("$.data.viewer.username", String.class)).isEqualTo("acme");
	}

	HttpResponse<String> post(HttpRequest.BodyPublisher body, boolean token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(body);
		if (token) {
			request.header("Authorization", "Bearer " + Api.token("acme"));
		}
		return Api.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aBodyOverOneMebibyteIsRefusedWith413ByItsLengthOrAsItStreams() {
		byte[] huge = ("{\"query\": \"{ viewer { username } }\", \"variables\": {\"pad\": \"" + "x".repeat(20_000_000)
				+ "\"}}")
			.getBytes(StandardCharsets.UTF_8);
		for (boolean token : new boolean[] { true, false }) {
			HttpResponse<String> declared = post(HttpRequest.BodyPublishers.ofByteArray(huge), token);
			assertThat(declared.statusCode()).isEqualTo(413);
			assertThat(JsonPath.parse(declared.body()).read("$.errors[0].extensions.code", String.class))
				.isEqualTo("REQUEST_TOO_LARGE");
		}
		// Chunked: no length to go by, so the filter reads one byte past the limit.
		HttpResponse<String> chunked = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge, 0, 2_000_000)), true);
		assertThat(chunked.statusCode()).isEqualTo(413);
		byte[] fits = "{\"query\": \"{ viewer { username } }\"}".getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> small = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fits)), true);
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(JsonPath.parse(small.body()).read("$.data.viewer.username", String.class)).isEqualTo("acme");
	}

	@Test
	void theApplicationRoleHasItsOwnStatementTimeout() throws SQLException {
		try (Connection c = RlsProbe.applicationRole(); Statement statement = c.createStatement()) {
			try (ResultSet timeout = statement.executeQuery("show statement_timeout")) {
				timeout.next();
				assertThat(timeout.getString(1)).isEqualTo("30s");
			}
			try (ResultSet idle = statement.executeQuery("show idle_in_transaction_session_timeout")) {
				idle.next();
				assertThat(idle.getString(1)).isEqualTo("1min");
			}
		}
	}

	/**
	 * A query blocked behind a lock held longer than the request's budget is cancelled by
	 * PostgreSQL when the budget runs out, and answered TIMEOUT; the next request is
	 * served once the lock is gone.
	 */
	@Test
	void aRequestBlockedPastItsTimeBudgetIsCancelledAndAnsweredTimeout() throws Exception {
		String count = "{ returns(first: 1) { totalCount } }";
		Api acme = Api.as(port, "acme");
		acme.execute(count);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch answered = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
			try (Connection c = RlsProbe.ownerRole(); Statement statement = c.createStatement()) {
				c.setAutoCommit(false);
				statement.execute("lock table return_order in access exclusive mode");
				locked.countDown();
				// Held past the budget, and at most a little longer than it.
				answered.await(20, TimeUnit.SECONDS);
				c.rollback();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
		Api.Result blocked;
		try {
			blocked = acme.execute(count);
		}
		finally {
			answered.countDown();
		}
		holder.get(30, TimeUnit.SECONDS);
		assertThat(blocked.read("$.errors[0].extensions.code", String.class)).isEqualTo("TIMEOUT");
		assertThat(blocked.body()).doesNotContain("57014", "PSQLException", "statement_timeout");
		assertThat(acme.execute(count).data().read("$.data.returns.totalCount", Integer.class)).isPositive();
	}

}
