package io.homeward.platform.network;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;

/**
 * Plain JDBC for the network's isolation tests: transactions of the application role or
 * of the owner, each bound to an organization and its kind exactly as the application
 * binds them, and the extra organizations those tests need.
 */
final class NetworkDatabase {

	/** An operator with no network of its own: it must read none of another's. */
	static final UUID OTHER_OPERATOR = UUID.fromString("66666666-6666-4666-8666-666666666666");

	/** A second carrier, so that lanes can be run by someone other than Rapid Freight. */
	static final UUID OTHER_CARRIER = UUID.fromString("55555555-5555-4555-8555-555555555555");

	private NetworkDatabase() {
	}

	/** A transaction of {@code homeward_app}, bound like the application's. */
	static Connection app(UUID organization, String kind) throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		return bound(DriverManager.getConnection(postgres.jdbcUrl(), postgres.appUser(), postgres.appPassword()),
				organization, kind);
	}

	/**
	 * A transaction of the owner, bound like the application's: the tables force
	 * row-level security on the owner too, so it writes only the bound organization's
	 * rows.
	 */
	static Connection owner(UUID organization, String kind) throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		return bound(DriverManager.getConnection(postgres.jdbcUrl(), postgres.ownerUser(), postgres.ownerPassword()),
				organization, kind);
	}

	/**
	 * Provisions an organization (bound to itself, as the policy requires) unless it
	 * exists. The application role may not insert organizations, and no role may delete
	 * them, so these rows stay for the rest of the run; no test counts organizations.
	 */
	static void organization(UUID id, String name, String kind) throws SQLException {
		try (Connection c = owner(id, kind);
				PreparedStatement insert = c.prepareStatement(
						"insert into organization (id, name, kind) values (?, ?, ?) on conflict (id) do nothing")) {
			insert.setObject(1, id);
			insert.setString(2, name);
			insert.setString(3, kind);
			insert.executeUpdate();
			c.commit();
		}
	}

	static long count(Connection c, String from) throws SQLException {
		try (ResultSet rs = c.createStatement().executeQuery("select count(*) from " + from)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static int update(Connection c, String sql) throws SQLException {
		return c.createStatement().executeUpdate(sql);
	}

	private static Connection bound(Connection connection, UUID organization, String kind) throws SQLException {
		connection.setAutoCommit(false);
		try (PreparedStatement bind = connection
			.prepareStatement("select set_config('app.org_id', ?, true), set_config('app.org_kind', ?, true)")) {
			bind.setString(1, organization.toString());
			bind.setString(2, kind);
			bind.execute();
		}
		return connection;
	}

}
