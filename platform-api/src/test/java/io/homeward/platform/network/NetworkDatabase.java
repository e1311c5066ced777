package io.homeward.platform.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import io.homeward.platform.tenancy.RlsProbe;

/**
 * The extra organizations the network's isolation tests need; the connections they probe
 * with are {@link RlsProbe}'s.
 */
final class NetworkDatabase {

	/** An operator with no network of its own: it must read none of another's. */
	static final UUID OTHER_OPERATOR = UUID.fromString("66666666-6666-4666-8666-666666666666");

	/** A second carrier, so that lanes can be run by someone other than Rapid Freight. */
	static final UUID OTHER_CARRIER = UUID.fromString("55555555-5555-4555-8555-555555555555");

	private NetworkDatabase() {
	}

	/**
	 * Provisions an organization (bound to itself, as the policy requires) unless it
	 * exists. The application role may not insert organizations, and no role may delete
	 * them, so these rows stay for the rest of the run; no test counts organizations.
	 */
	static void organization(UUID id, String name, String kind) throws SQLException {
		try (Connection c = RlsProbe.owner(id, kind);
				PreparedStatement insert = c.prepareStatement(
						"insert into organization (id, name, kind) values (?, ?, ?) on conflict (id) do nothing")) {
			insert.setObject(1, id);
			insert.setString(2, name);
			insert.setString(3, kind);
			insert.executeUpdate();
			c.commit();
		}
	}

}
