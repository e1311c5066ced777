package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An idempotency key replays within its retention window and is free after it. */
@IntegrationTest
class IdempotencyRetentionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aKeyOlderThanTheRetentionWindowIsFreeAgain() throws SQLException {
		Api acme = Api.as(port, "acme");
		String key = "retention-" + UUID.randomUUID();
		String first = acme
			.execute(Fixtures.CREATE, Map.of("input", Fixtures.returnInput(key, "RET-" + UUID.randomUUID())))
			.data()
			.read("$.data.returnCreate.return.id");
		// Within the window, another input with the key is refused (the control).
		DocumentContext reused = acme
			.execute(Fixtures.CREATE, Map.of("input", Fixtures.returnInput(key, "RET-" + UUID.randomUUID())))
			.data();
		assertThat(reused.read("$.data.returnCreate.userErrors[0].code", String.class))
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(age(key)).as("the key's row was aged").isEqualTo(1);
		Map<String, Object> after = Fixtures.returnInput(key, "RET-" + UUID.randomUUID());
		DocumentContext again = acme.execute(Fixtures.CREATE, Map.of("input", after)).data();
		assertThat(again.read("$.data.returnCreate.userErrors", java.util.List.class)).isEmpty();
		String second = again.read("$.data.returnCreate.return.id", String.class);
		assertThat(second).isNotNull().isNotEqualTo(first);
		// The key taken over keeps the new request's answer: a replay answers it, not
		// the expired one.
		Map<String, Object> replayed = acme.execute(Fixtures.CREATE, Map.of("input", after))
			.data()
			.read("$.data.returnCreate");
		assertThat(replayed).isEqualTo(again.read("$.data.returnCreate"));
		assertThat(acme.execute(Fixtures.CREATE, Map.of("input", Fixtures.returnInput(key, "RET-" + UUID.randomUUID())))
			.data()
			.read("$.data.returnCreate.userErrors[0].code", String.class)).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	/**
	 * Dates the key's record back beyond the 24-hour window, as the owner bound to Acme.
	 */
	private static int age(String key) throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.ownerUser(),
				postgres.ownerPassword())) {
			c.setAutoCommit(false);
			try (PreparedStatement bind = c.prepareStatement("select set_config('app.org_id', ?, true)")) {
				bind.setString(1, Fixtures.ACME.toString());
				bind.execute();
			}
			try (PreparedStatement update = c.prepareStatement(
					"update idempotency_record set created_at = now() - interval '25 hours' where idempotency_key = ?")) {
				update.setString(1, key);
				int aged = update.executeUpdate();
				c.commit();
				return aged;
			}
		}
	}

}
