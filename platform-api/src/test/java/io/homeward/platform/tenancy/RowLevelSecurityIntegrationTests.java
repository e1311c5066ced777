package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.returns.ReturnFilter;
import io.homeward.platform.returns.ReturnOrders;
import io.homeward.platform.shared.graphql.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.homeward.platform.Fixtures.ACME;
import static io.homeward.platform.Fixtures.CARRIER;
import static io.homeward.platform.Fixtures.GLOBEX;
import static io.homeward.platform.Fixtures.OPERATOR;
import static io.homeward.platform.Fixtures.tenant;
import static io.homeward.platform.tenancy.RlsProbe.bind;
import static io.homeward.platform.tenancy.RlsProbe.count;
import static io.homeward.platform.tenancy.RlsProbe.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Isolation checked in PostgreSQL itself, connected as the application role: the catalog,
 * the fail-closed default, pooled connection reuse and writes that try to cross tenants.
 */
@IntegrationTest
class RowLevelSecurityIntegrationTests {

	/** One connection, so every transaction below reuses the same physical connection. */
	static HikariDataSource single;

	@Autowired
	ReturnOrders returns;

	@BeforeAll
	static void singleConnectionPool() {
		single = RlsProbe.singleConnectionPool();
	}

	@AfterAll
	static void close() {
		single.close();
	}

	@Test
	void theApplicationRoleCannotBypassRowLevelSecurityAndOwnsNothing() throws SQLException {
		try (Connection c = single.getConnection()) {
			RlsProbe.assertSubjectToRowLevelSecurity(c);
			assertThat(rows(c, "select current_user")).containsExactly("homeward_app");
		}
	}

	@Test
	void everyTableHasRowLevelSecurityEnabledAndForced() throws SQLException {
		try (Connection c = single.getConnection()) {
			List<String> tables = rows(c, """
					select c.relname || ':' || c.relrowsecurity || ':' || c.relforcerowsecurity
					from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where n.nspname = 'public' and c.relkind = 'r' and c.relname not like 'flyway_schema_history%'
					order by 1""");
			// Positive control: the tables of all three modules are there to be checked.
			assertThat(tables).hasSizeGreaterThanOrEqualTo(10)
				.anyMatch((t) -> t.startsWith("return_order:"))
				.anyMatch((t) -> t.startsWith("hub:"))
				.anyMatch((t) -> t.startsWith("organization:"));
			assertThat(tables).allMatch((t) -> t.endsWith(":true:true"));
		}
	}

	@Test
	void withNoOrganizationBoundNothingIsVisible() throws SQLException {
		try (Connection c = single.getConnection()) {
			for (String table : List.of("organization", "hub", "lane", "program", "program_membership", "return_order",
					"return_item", "parcel", "return_contact", "idempotency_record", "rate_card", "rate_card_break",
					"program_pricing", "negotiated_adjustment")) {
				assertThat(rows(c, "select count(*) from " + table)).as(table).containsExactly("0");
			}
		}
	}

	@Test
	void aPooledConnectionCarriesNoTenantToTheNextBorrower() throws SQLException {
		String pid;
		try (Connection c = single.getConnection()) {
			pid = rows(c, "select pg_backend_pid()").getFirst();
			c.setAutoCommit(false);
			bind(c, ACME, "SHIPPER");
			assertThat(count(c, "return_order where shipper_id = '" + ACME + "'")).isGreaterThanOrEqualTo(12);
			assertThat(count(c, "return_order where shipper_id <> '" + ACME + "'")).isZero();
			c.commit();
		}
		try (Connection c = single.getConnection()) {
			assertThat(rows(c, "select pg_backend_pid()")).containsExactly(pid);
			c.setAutoCommit(false);
			bind(c, GLOBEX, "SHIPPER");
			assertThat(count(c, "return_order where shipper_id = '" + ACME + "'")).isZero();
			assertThat(count(c, "return_order")).isGreaterThanOrEqualTo(12);
			c.rollback();
		}
		// Negative control: without the policy the same statement shows acme's returns to
		// globex.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("return_order"), GLOBEX, "SHIPPER",
				"return_order where shipper_id = '" + ACME + "'"))
			.isGreaterThanOrEqualTo(12);
		try (Connection c = single.getConnection()) {
			assertThat(rows(c, "select pg_backend_pid()")).containsExactly(pid);
			assertThat(count(c, "return_order")).as("after commit and rollback nothing stays bound").isZero();
			c.setAutoCommit(false);
			bind(c, ACME, "SHIPPER");
			assertThat(count(c, "return_order where shipper_id = '" + GLOBEX + "'")).isZero();
			assertThat(count(c, "return_order")).isGreaterThanOrEqualTo(12);
			c.commit();
		}
	}

	@Test
	void theOperatorSeesReturnsOfItsProgramsButNoCustomerAndTheCarrierSeesNone() throws SQLException {
		try (Connection c = single.getConnection()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR, "OPERATOR");
			assertThat(count(c, "return_order")).isGreaterThanOrEqualTo(24);
			assertThat(count(c, "return_contact")).isZero();
			c.rollback();
			bind(c, CARRIER, "CARRIER");
			assertThat(count(c, "return_order")).isZero();
			assertThat(count(c, "lane")).isGreaterThanOrEqualTo(8);
			c.rollback();
		}
	}

	@Test
	void aNegotiatedAdjustmentIsReadByItsShipperAndTheOperatorOnly() throws SQLException {
		try (Connection c = single.getConnection()) {
			c.setAutoCommit(false);
			for (Object[] reader : new Object[][] { { ACME, "SHIPPER" }, { OPERATOR, "OPERATOR" } }) {
				UUID org = (UUID) reader[0];
				bind(c, org, (String) reader[1]);
				assertThat(count(c, "negotiated_adjustment")).as(org.toString()).isEqualTo(1);
				c.rollback();
			}
			for (Object[] reader : new Object[][] { { GLOBEX, "SHIPPER" }, { CARRIER, "CARRIER" } }) {
				UUID org = (UUID) reader[0];
				bind(c, org, (String) reader[1]);
				assertThat(count(c, "negotiated_adjustment")).as(org.toString()).isZero();
				c.rollback();
			}
		}
	}

	@Test
	void writesCannotCrossTenants() throws SQLException {
		try (Connection c = single.getConnection()) {
			c.setAutoCommit(false);
			bind(c, GLOBEX, "SHIPPER");
			// A row claiming to be another shipper's fails the policy's WITH CHECK.
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> c.createStatement()
					.executeUpdate("insert into return_contact (shipper_id, return_id, name) values ('" + ACME + "', '"
							+ acmeReturn() + "', 'x')"))
				.withMessageContaining("row-level security");
			c.rollback();
			bind(c, GLOBEX, "SHIPPER");
			// A child row of globex pointing at acme's return fails the composite foreign
			// key.
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> c.createStatement()
					.executeUpdate("insert into return_contact (shipper_id, return_id, name) values ('" + GLOBEX
							+ "', '" + acmeReturn() + "', 'x')"))
				.withMessageContaining("foreign key");
			c.rollback();
			bind(c, GLOBEX, "SHIPPER");
			// Updating acme's rows touches none: they are invisible.
			assertThat(c.createStatement()
				.executeUpdate("update return_order set rma_number = 'hacked' where shipper_id = '" + ACME + "'"))
				.isZero();
			c.rollback();
		}
	}

	@Test
	void theApplicationsTransactionsSeeOnlyTheBoundTenantInTurn() throws Exception {
		long acme = TenantContext.callAs(tenant(ACME, OrganizationKind.SHIPPER),
				() -> returns.count(ReturnFilter.NONE));
		long globex = TenantContext.callAs(tenant(GLOBEX, OrganizationKind.SHIPPER),
				() -> returns.count(ReturnFilter.NONE));
		long acmeAgain = TenantContext.callAs(tenant(ACME, OrganizationKind.SHIPPER),
				() -> returns.list(ReturnFilter.NONE, PageRequest.first("returns", 100))
					.getContent()
					.stream()
					.filter((r) -> !r.shipperId().equals(ACME))
					.count());
		assertThat(acme).isGreaterThanOrEqualTo(12);
		assertThat(globex).isGreaterThanOrEqualTo(12);
		assertThat(acmeAgain).isZero();
	}

	private static UUID acmeReturn() {
		return UUID.fromString("22222222-0000-4000-8000-000000000001");
	}

}
