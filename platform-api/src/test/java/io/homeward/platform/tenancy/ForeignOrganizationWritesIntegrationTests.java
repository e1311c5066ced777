package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import static io.homeward.platform.tenancy.RlsProbe.rows;
import static io.homeward.platform.tenancy.RlsProbe.update;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY case 10, over the whole schema: in every table, for every column that names an
 * organization, an organization that has rows there tries, bound as the application binds
 * it, to hand its rows to another organization ({@code update … set column =
 * other}). No row may move: the write must be refused (a policy's WITH CHECK, a missing
 * grant, a foreign key) or touch nothing. The negative control shows the probe would see
 * a move: with row-level security off, the owner's same update moves rows wherever the
 * grants and keys would have let the application move them.
 */
@IntegrationTest
class ForeignOrganizationWritesIntegrationTests {

	/** The columns that name an organization, by name, wherever they appear. */
	private static final Set<String> TENANT_COLUMNS = Set.of("shipper_id", "operator_id", "carrier_id", "org_id",
			"recorder_org_id", "organization_id", "member_id");

	@Test
	void noOrganizationMovesItsRowsToAnotherInAnyTable() throws SQLException {
		Map<String, List<String>> columns = tenantColumns();
		assertThat(columns).containsKeys("return_order", "lane", "tracking_event", "audit_entry", "onboarding_request");
		List<String> moved = new ArrayList<>();
		List<String> probed = new ArrayList<>();
		Map<String, String> kinds = kinds();
		for (Map.Entry<String, List<String>> table : columns.entrySet()) {
			for (String column : table.getValue()) {
				UUID owner = anOwner(table.getKey(), column);
				if (owner == null) {
					continue;
				}
				UUID other = owner.equals(Fixtures.GLOBEX) ? Fixtures.ACME : Fixtures.GLOBEX;
				String sql = "update " + table.getKey() + " set " + column + " = '" + other + "' where " + column
						+ " = '" + owner + "'";
				probed.add(table.getKey() + "." + column);
				try (Connection c = RlsProbe.app(owner, kinds.get(owner.toString()))) {
					Savepoint before = c.setSavepoint();
					try {
						int rows = update(c, sql);
						if (rows > 0) {
							moved.add(table.getKey() + "." + column + ": " + rows + " rows");
						}
					}
					catch (SQLException refused) {
						c.rollback(before);
					}
					c.rollback();
				}
			}
		}
		assertThat(probed).as("columns probed").hasSizeGreaterThan(20);
		assertThat(moved).as("rows handed to another organization").isEmpty();
	}

	/**
	 * The negative control, on the table whose policy alone stands between a shipper and
	 * another's name on its rows: with row-level security off the same update moves them.
	 */
	@Test
	void withRowLevelSecurityOffTheProbeSeesTheMove() throws SQLException {
		String sql = "update return_retention set shipper_id = '" + Fixtures.GLOBEX + "' where shipper_id = '"
				+ Fixtures.ACME + "'";
		try (Connection owner = RlsProbe.ownerRole()) {
			owner.setAutoCommit(false);
			try {
				update(owner, "alter table return_retention disable row level security");
				update(owner, "insert into return_retention (shipper_id, days, updated_at, updated_by) values ('"
						+ Fixtures.ACME + "', 365, now(), 'probe')");
				assertThat(update(owner, sql)).isOne();
			}
			finally {
				owner.rollback();
			}
		}
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			update(c, "insert into return_retention (shipper_id, days, updated_at, updated_by) values ('"
					+ Fixtures.ACME + "', 365, now(), 'probe')");
			Savepoint before = c.setSavepoint();
			try {
				assertThat(update(c, sql)).isZero();
			}
			catch (SQLException refused) {
				assertThat(refused.getMessage()).contains("row-level security");
				c.rollback(before);
			}
			c.rollback();
		}
	}

	/** Every table's columns that name an organization. */
	private static Map<String, List<String>> tenantColumns() throws SQLException {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		try (Connection c = RlsProbe.ownerRole()) {
			for (String row : rows(c, """
					select table_name || ':' || column_name from information_schema.columns
					where table_schema = 'public' and data_type = 'uuid' and table_name not like 'flyway%'
					order by table_name, ordinal_position""")) {
				String[] parts = row.split(":");
				if (TENANT_COLUMNS.contains(parts[1]) || (parts[0].equals("organization") && parts[1].equals("id"))) {
					columns.computeIfAbsent(parts[0], (table) -> new ArrayList<>()).add(parts[1]);
				}
			}
		}
		return columns;
	}

	/**
	 * An active organization with a row in the table (a disabled one binds no transaction
	 * at all), read as the owner with row-level security off.
	 */
	private static UUID anOwner(String table, String column) throws SQLException {
		return RlsProbe.withRowLevelSecurityOff(List.of(table, "organization"), Fixtures.OPERATOR, "OPERATOR", (c) -> {
			List<String> found = rows(c, "select t." + column + "::text from " + table
					+ " t join organization o on o.id = t." + column + " where o.status = 'ACTIVE' limit 1");
			return found.isEmpty() ? null : UUID.fromString(found.getFirst());
		});
	}

	private static Map<String, String> kinds() throws SQLException {
		return RlsProbe.withRowLevelSecurityOff(List.of("organization"), Fixtures.OPERATOR, "OPERATOR", (c) -> {
			Map<String, String> kinds = new LinkedHashMap<>();
			for (String row : rows(c, "select id || ':' || kind from organization")) {
				String[] parts = row.split(":");
				kinds.put(parts[0], parts[1]);
			}
			return kinds;
		});
	}

}
