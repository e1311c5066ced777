package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain JDBC for the isolation tests of every module: connections of the application role
 * (or of the owner) bound to an organization and its kind by the application's own
 * binding ({@link TenantJpaDialect#bind}), statements with no organization predicate so
 * only the policies decide, and the negative control that runs the same statement with
 * row-level security off, to show a test would fail without the policy. It lives beside
 * the binding so that the tests bind exactly what the application binds.
 */
public final class RlsProbe {

	private RlsProbe() {
	}

	/**
	 * A pool of one connection of {@code homeward_app}, so that every transaction taken
	 * from it reuses the same physical connection.
	 */
	public static HikariDataSource singleConnectionPool() {
		PostgresEndpoint postgres = postgres();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.jdbcUrl());
		config.setUsername(postgres.appUser());
		config.setPassword(postgres.appPassword());
		config.setMaximumPoolSize(1);
		return new HikariDataSource(config);
	}

	/** A new connection of {@code homeward_app}, auto-commit on and nothing bound. */
	public static Connection applicationRole() throws SQLException {
		PostgresEndpoint postgres = postgres();
		return DriverManager.getConnection(postgres.jdbcUrl(), postgres.appUser(), postgres.appPassword());
	}

	/** A new connection of the owner, who runs the migrations. */
	public static Connection ownerRole() throws SQLException {
		PostgresEndpoint postgres = postgres();
		return DriverManager.getConnection(postgres.jdbcUrl(), postgres.ownerUser(), postgres.ownerPassword());
	}

	/** A transaction of {@code homeward_app}, bound like the application's. */
	public static Connection app(UUID organization, @Nullable String kind) throws SQLException {
		return bound(applicationRole(), organization, kind);
	}

	/**
	 * A transaction of the owner, bound like the application's: the tables force
	 * row-level security on the owner too, so it reads and writes only what the bound
	 * organization may.
	 */
	public static Connection owner(UUID organization, @Nullable String kind) throws SQLException {
		return bound(ownerRole(), organization, kind);
	}

	/** Starts a transaction on {@code connection} and binds it. */
	public static Connection bound(Connection connection, UUID organization, @Nullable String kind)
			throws SQLException {
		connection.setAutoCommit(false);
		bind(connection, organization, kind);
		return connection;
	}

	/**
	 * Binds the organization and its kind in the current transaction, through the
	 * application's binding; a null or empty kind binds the organization without it.
	 */
	public static void bind(Connection connection, UUID organization, @Nullable String kind) throws SQLException {
		TenantJpaDialect.bind(connection, organization, (kind != null) ? kind : "");
	}

	/**
	 * The negative control: what {@code probe} answers for the bound organization when
	 * row-level security is off on {@code tables}. Runs as the owner in one transaction
	 * that disables it and is rolled back, so no other session ever sees the tables
	 * without it ({@code ALTER TABLE} locks them until the rollback).
	 */
	public static <T> T withRowLevelSecurityOff(List<String> tables, UUID organization, @Nullable String kind,
			Probe<T> probe) throws SQLException {
		try (Connection c = ownerRole()) {
			c.setAutoCommit(false);
			try {
				for (String table : tables) {
					update(c, "alter table " + table + " disable row level security");
				}
				bind(c, organization, kind);
				return probe.apply(c);
			}
			finally {
				c.rollback();
			}
		}
	}

	/** {@link #count} of {@code from} with row-level security off on {@code tables}. */
	public static long countWithRowLevelSecurityOff(List<String> tables, UUID organization, @Nullable String kind,
			String from) throws SQLException {
		return withRowLevelSecurityOff(tables, organization, kind, (c) -> count(c, from));
	}

	/**
	 * Asserts the connection's role is subject to row-level security and owns nothing.
	 */
	public static void assertSubjectToRowLevelSecurity(Connection c) throws SQLException {
		assertThat(rows(c, "select rolsuper, rolbypassrls from pg_roles where rolname = current_user"))
			.containsExactly("false,false");
		assertThat(rows(c, "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
				+ " where r.rolname = current_user"))
			.containsExactly("0");
	}

	public static long count(Connection c, String from) throws SQLException {
		return Long.parseLong(text(c, "select count(*) from " + from));
	}

	/** The first column of the first row. */
	public static String text(Connection c, String sql) throws SQLException {
		return rows(c, sql).getFirst();
	}

	/**
	 * Every row, its columns joined by commas; booleans read {@code true} and
	 * {@code false} rather than PostgreSQL's text form {@code t} and {@code f}.
	 */
	public static List<String> rows(Connection c, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					String value = rs.getString(i);
					values.add("t".equals(value) ? "true" : "f".equals(value) ? "false" : value);
				}
				rows.add(String.join(",", values));
			}
		}
		return rows;
	}

	public static int update(Connection c, String sql) throws SQLException {
		try (Statement statement = c.createStatement()) {
			return statement.executeUpdate(sql);
		}
	}

	private static PostgresEndpoint postgres() {
		return LocalServices.shared().postgres();
	}

	/** A statement run on a bound connection. */
	@FunctionalInterface
	public interface Probe<T> {

		T apply(Connection connection) throws SQLException;

	}

}
