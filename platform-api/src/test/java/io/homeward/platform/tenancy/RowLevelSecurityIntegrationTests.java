package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
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
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.jdbcUrl());
		config.setUsername(postgres.appUser());
		config.setPassword(postgres.appPassword());
		config.setMaximumPoolSize(1);
		single = new HikariDataSource(config);
	}

	@AfterAll
	static void close() {
		single.close();
	}

	@Test
	void theApplicationRoleCannotBypassRowLevelSecurityAndOwnsNothing() throws SQLException {
		try (Connection c = single.getConnection()) {
			assertThat(query(c, "select rolsuper, rolbypassrls from pg_roles where rolname = current_user"))
				.containsExactly("false,false");
			assertThat(query(c, "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
					+ " where r.rolname = current_user"))
				.containsExactly("0");
			assertThat(query(c, "select current_user")).containsExactly("homeward_app");
		}
	}

	@Test
	void everyTableHasRowLevelSecurityEnabledAndForced() throws SQLException {
		try (Connection c = single.getConnection()) {
			List<String> tables = query(c, """
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
				assertThat(query(c, "select count(*) from " + table)).as(table).containsExactly("0");
			}
		}
	}

	@Test
	void aPooledConnectionCarriesNoTenantToTheNextBorrower() throws SQLException {
		String pid;
		try (Connection c = single.getConnection()) {
			pid = query(c, "select pg_backend_pid()").getFirst();
			c.setAutoCommit(false);
			bind(c, ACME);
			assertThat(count(c, "return_order where shipper_id = '" + ACME + "'")).isGreaterThanOrEqualTo(12);
			assertThat(count(c, "return_order where shipper_id <> '" + ACME + "'")).isZero();
			c.commit();
		}
		try (Connection c = single.getConnection()) {
			assertThat(query(c, "select pg_backend_pid()")).containsExactly(pid);
			c.setAutoCommit(false);
			bind(c, GLOBEX);
			assertThat(count(c, "return_order where shipper_id = '" + ACME + "'")).isZero();
			assertThat(count(c, "return_order")).isGreaterThanOrEqualTo(12);
			c.rollback();
		}
		try (Connection c = single.getConnection()) {
			assertThat(query(c, "select pg_backend_pid()")).containsExactly(pid);
			assertThat(count(c, "return_order")).as("after commit and rollback nothing stays bound").isZero();
			c.setAutoCommit(false);
			bind(c, ACME);
			assertThat(count(c, "return_order where shipper_id = '" + GLOBEX + "'")).isZero();
			assertThat(count(c, "return_order")).isGreaterThanOrEqualTo(12);
			c.commit();
		}
	}

	@Test
	void theOperatorSeesReturnsOfItsProgramsButNoCustomerAndTheCarrierSeesNone() throws SQLException {
		try (Connection c = single.getConnection()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR);
			assertThat(count(c, "return_order")).isGreaterThanOrEqualTo(24);
			assertThat(count(c, "return_contact")).isZero();
			c.rollback();
			bind(c, CARRIER);
			assertThat(count(c, "return_order")).isZero();
			assertThat(count(c, "lane")).isGreaterThanOrEqualTo(8);
			c.rollback();
		}
	}

	@Test
	void aNegotiatedAdjustmentIsReadByItsShipperAndTheOperatorOnly() throws SQLException {
		try (Connection c = single.getConnection()) {
			c.setAutoCommit(false);
			for (UUID org : List.of(ACME, OPERATOR)) {
				bind(c, org);
				assertThat(count(c, "negotiated_adjustment")).as(org.toString()).isEqualTo(1);
				c.rollback();
			}
			for (UUID org : List.of(GLOBEX, CARRIER)) {
				bind(c, org);
				assertThat(count(c, "negotiated_adjustment")).as(org.toString()).isZero();
				c.rollback();
			}
		}
	}

	@Test
	void writesCannotCrossTenants() throws SQLException {
		try (Connection c = single.getConnection()) {
			c.setAutoCommit(false);
			bind(c, GLOBEX);
			// A row claiming to be another shipper's fails the policy's WITH CHECK.
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> c.createStatement()
					.executeUpdate("insert into return_contact (shipper_id, return_id, name) values ('" + ACME + "', '"
							+ acmeReturn() + "', 'x')"))
				.withMessageContaining("row-level security");
			c.rollback();
			bind(c, GLOBEX);
			// A child row of globex pointing at acme's return fails the composite foreign
			// key.
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> c.createStatement()
					.executeUpdate("insert into return_contact (shipper_id, return_id, name) values ('" + GLOBEX
							+ "', '" + acmeReturn() + "', 'x')"))
				.withMessageContaining("foreign key");
			c.rollback();
			bind(c, GLOBEX);
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

	private static void bind(Connection c, UUID org) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement("select set_config('app.org_id', ?, true)")) {
			statement.setString(1, org.toString());
			statement.execute();
		}
	}

	private static long count(Connection c, String from) throws SQLException {
		return Long.parseLong(query(c, "select count(*) from " + from).getFirst());
	}

	private static List<String> query(Connection c, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (ResultSet rs = c.createStatement().executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					String value = rs.getString(i);
					// PostgreSQL's text form of booleans is t and f.
					values.add("t".equals(value) ? "true" : "f".equals(value) ? "false" : value);
				}
				rows.add(String.join(",", values));
			}
		}
		return rows;
	}

}
