package io.homeward.platform.network;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.tenancy.RlsProbe;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network's V2 migration on a database that already has programs: their terms move to
 * {@code program_terms} for every operator, although the migration runs as the owner
 * under forced row-level security. The migrations run as the application's Flyway runs
 * them (one history table per module, as the owner), into a schema of their own that the
 * test drops afterwards.
 */
class NetworkMigrationIntegrationTests {

	static final String SCHEMA = "network_migration_check";

	static final UUID FIRST_OPERATOR = UUID.fromString("71111111-1111-4111-8111-111111111111");

	static final UUID SECOND_OPERATOR = UUID.fromString("72222222-2222-4222-8222-222222222222");

	static final UUID SHIPPER = UUID.fromString("73333333-3333-4333-8333-333333333333");

	static final UUID CARRIER = UUID.fromString("74444444-4444-4444-8444-444444444444");

	final PostgresEndpoint postgres = LocalServices.shared().postgres();

	@AfterEach
	void dropTheSchema() throws SQLException {
		try (Connection owner = owner(); Statement statement = owner.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	@Test
	void theTermsOfEveryOperatorsProgramsMoveAndStayBehindTheirPolicies() throws SQLException {
		migrate("__root", "flyway_schema_history", null);
		migrate("tenancy", "flyway_schema_history_tenancy", null);
		migrate("network", "flyway_schema_history_network", "1");
		for (Object[] organization : new Object[][] { { FIRST_OPERATOR, "OPERATOR" }, { SECOND_OPERATOR, "OPERATOR" },
				{ SHIPPER, "SHIPPER" }, { CARRIER, "CARRIER" } }) {
			try (Connection c = ownerBoundTo((UUID) organization[0], (String) organization[1])) {
				execute(c, "insert into organization (id, name, kind) values ('%s', '%s', '%s')", organization[0],
						organization[0], organization[1]);
				c.commit();
			}
		}
		for (UUID operator : List.of(FIRST_OPERATOR, SECOND_OPERATOR)) {
			try (Connection c = ownerBoundTo(operator, "OPERATOR")) {
				UUID hub = UUID.randomUUID();
				execute(c, """
						insert into hub (operator_id, id, code, name, kind, country_code, city, address, time_zone)
						values ('%s', '%s', 'RTM', 'Rotterdam', 'DESTINATION', 'NL', 'Rotterdam', 'Quay 1',
						        'Europe/Amsterdam')""", operator, hub);
				execute(c, """
						insert into program (operator_id, id, code, name, description, destination_hub_id,
						                     accepts_products, accepts_waste, accepts_dangerous_goods, cutoff_days,
						                     cutoff_time, cutoff_time_zone, terms, status)
						values ('%s', '%s', 'POOL', 'Pool', 'A pool', '%s', true, false, false, 'MON', '12:00',
						        'Europe/Amsterdam', 'Terms of %s', 'OPEN')""", operator, UUID.randomUUID(), hub,
						operator);
				c.commit();
			}
		}

		migrate("network", "flyway_schema_history_network", null);

		// Every operator's terms moved, and the column is gone from program.
		for (UUID operator : List.of(FIRST_OPERATOR, SECOND_OPERATOR)) {
			try (Connection c = appBoundTo(operator, "OPERATOR")) {
				assertThat(rows(c,
						"select t.terms from program_terms t join program p"
								+ " on p.operator_id = t.operator_id and p.id = t.program_id"))
					.containsExactly("Terms of " + operator);
			}
		}
		try (Connection c = appBoundTo(SHIPPER, "SHIPPER")) {
			assertThat(rows(c, "select terms from program_terms order by terms"))
				.containsExactly("Terms of " + FIRST_OPERATOR, "Terms of " + SECOND_OPERATOR);
		}
		try (Connection c = appBoundTo(CARRIER, "CARRIER")) {
			assertThat(rows(c, "select code from program")).containsExactly("POOL", "POOL");
			assertThat(rows(c, "select terms from program_terms")).isEmpty();
		}
		try (Connection c = owner()) {
			assertThat(rows(c, "select column_name from information_schema.columns where table_schema = '" + SCHEMA
					+ "' and table_name = 'program' and column_name = 'terms'"))
				.isEmpty();
			// FORCE, lifted for the copy, is back on both tables.
			assertThat(rows(c,
					"select relname || ':' || relforcerowsecurity::text from pg_class" + " where relnamespace = '"
							+ SCHEMA + "'::regnamespace" + " and relname in ('program', 'program_terms') order by 1"))
				.containsExactly("program:true", "program_terms:true");
		}
	}

	/** One module's migrations, up to {@code target} (all when null), as the owner. */
	private void migrate(String module, String table, String target) {
		var configuration = Flyway.configure()
			.dataSource(postgres.jdbcUrl(), postgres.ownerUser(), postgres.ownerPassword())
			.schemas(SCHEMA)
			.locations("classpath:db/migration/" + module)
			.table(table)
			.baselineVersion("0")
			.baselineOnMigrate(true);
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private Connection owner() throws SQLException {
		return RlsProbe.ownerRole();
	}

	private Connection ownerBoundTo(UUID organization, String kind) throws SQLException {
		return bound(owner(), organization, kind);
	}

	/** The application role, which the migrations' grants are for. */
	private Connection appBoundTo(UUID organization, String kind) throws SQLException {
		try (Connection c = owner(); Statement statement = c.createStatement()) {
			statement.execute("grant usage on schema " + SCHEMA + " to homeward_app");
		}
		return bound(RlsProbe.applicationRole(), organization, kind);
	}

	private static Connection bound(Connection connection, UUID organization, String kind) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement path = connection.createStatement()) {
			path.execute("set local search_path to " + SCHEMA);
		}
		RlsProbe.bind(connection, organization, kind);
		return connection;
	}

	private static void execute(Connection c, String sql, Object... arguments) throws SQLException {
		try (Statement statement = c.createStatement()) {
			statement.execute(sql.formatted(arguments));
		}
	}

	private static List<String> rows(Connection c, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

}
