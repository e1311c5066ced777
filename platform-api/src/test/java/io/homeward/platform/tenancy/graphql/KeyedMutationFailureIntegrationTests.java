package io.homeward.platform.tenancy.graphql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A keyed mutation that fails for a reason nobody foresaw answers a masked internal error
 * with the id it was logged under, and leaves nothing behind: neither its rows nor its
 * idempotency key, so the client's retry with the same key does the work once the fault
 * is gone. The fault is real: a trigger makes PostgreSQL refuse the insert of one return,
 * with a message that must not reach the client.
 */
@IntegrationTest
class KeyedMutationFailureIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anUnexpectedFailureIsMaskedWithAnErrorIdAndTheRetryWithTheSameKeyCreatesTheReturnOnce() throws Exception {
		String rma = "FAULT-" + UUID.randomUUID().toString().substring(0, 8);
		String key = UUID.randomUUID().toString();
		Map<String, Object> input = Map.of("input", Fixtures.returnInput(key, rma));
		Api acme = Api.as(this.port, "acme");
		fault(true);
		try {
			Api.Result failed = acme.execute(Fixtures.CREATE, input);
			assertThat(failed.status()).isEqualTo(200);
			List<Map<String, Object>> errors = failed.read("$.errors");
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat((String) error.get("message")).startsWith("Internal error, reference ")
					.doesNotContain("secret")
					.doesNotContainIgnoringCase("select");
				@SuppressWarnings("unchecked")
				Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
				assertThat(extensions).containsEntry("code", "INTERNAL").containsKey("errorId");
				assertThat((String) error.get("message")).contains((String) extensions.get("errorId"));
			});
			assertThat(count("select count(*) from return_order where rma_number = ?", rma)).isZero();
			assertThat(count("select count(*) from idempotency_record where idempotency_key = ?", key)).isZero();
		}
		finally {
			fault(false);
		}
		List<Object> userErrors = acme.execute(Fixtures.CREATE, input).data().read("$.data.returnCreate.userErrors");
		assertThat(userErrors).isEmpty();
		List<Object> replayErrors = acme.execute(Fixtures.CREATE, input).data().read("$.data.returnCreate.userErrors");
		assertThat(replayErrors).isEmpty();
		assertThat(count("select count(*) from return_order where rma_number = ?", rma)).isOne();
		assertThat(count("select count(*) from idempotency_record where idempotency_key = ?", key)).isOne();
	}

	/**
	 * As the owner: a trigger that refuses the insert of any return whose RMA is a
	 * fault's.
	 */
	private static void fault(boolean on) throws SQLException {
		try (Connection owner = RlsProbe.ownerRole(); Statement statement = owner.createStatement()) {
			if (on) {
				statement.execute("""
						create or replace function homeward_test_fault() returns trigger language plpgsql as $$
						begin raise exception 'select secret from somewhere'; end $$""");
				statement.execute("""
						create trigger homeward_test_fault before insert on return_order for each row
						when (new.rma_number like 'FAULT-%') execute function homeward_test_fault()""");
			}
			else {
				statement.execute("drop trigger if exists homeward_test_fault on return_order");
				statement.execute("drop function if exists homeward_test_fault()");
			}
		}
	}

	/** Counted as Acme, through row-level security as the application reads. */
	private static long count(String sql, String value) throws SQLException {
		try (Connection acme = RlsProbe.app(Fixtures.ACME, "SHIPPER");
				PreparedStatement statement = acme.prepareStatement(sql)) {
			statement.setString(1, value);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				long count = rows.getLong(1);
				acme.rollback();
				return count;
			}
		}
	}

}
