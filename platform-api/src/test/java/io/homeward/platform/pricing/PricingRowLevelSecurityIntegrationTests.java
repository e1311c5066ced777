package io.homeward.platform.pricing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.homeward.platform.Fixtures.ACME;
import static io.homeward.platform.Fixtures.CARRIER;
import static io.homeward.platform.Fixtures.EU_CONSUMER;
import static io.homeward.platform.Fixtures.GLOBEX;
import static io.homeward.platform.Fixtures.OPERATOR;
import static io.homeward.platform.tenancy.RlsProbe.bind;
import static io.homeward.platform.tenancy.RlsProbe.count;
import static io.homeward.platform.tenancy.RlsProbe.text;
import static io.homeward.platform.tenancy.RlsProbe.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who reads and writes prices, checked in PostgreSQL itself: raw SQL as the application
 * role, with the organization and its kind bound as the application binds them, and no
 * organization predicate in the statements, so only the policies decide.
 */
@IntegrationTest
class PricingRowLevelSecurityIntegrationTests {

	/** An operator of its own, with no lane, card or program: a competitor. */
	static final UUID OTHER_OPERATOR = UUID.fromString("55555555-5555-4555-8555-555555555555");

	static final String[] PRICE_TABLES = { "rate_card", "rate_card_break", "program_pricing" };

	static HikariDataSource app;

	@BeforeAll
	static void applicationRole() {
		app = RlsProbe.singleConnectionPool();
	}

	@AfterAll
	static void close() {
		app.close();
	}

	/** Provisioned as the owner does it: bound to the new organization. */
	@BeforeEach
	void aSecondOperatorExists() throws SQLException {
		try (Connection owner = RlsProbe.owner(OTHER_OPERATOR, "OPERATOR")) {
			update(owner, "insert into organization (id, name, kind) values ('" + OTHER_OPERATOR
					+ "', 'Rival Returns', 'OPERATOR') on conflict do nothing");
			owner.commit();
		}
	}

	@Test
	void theApplicationRoleIsSubjectToRowLevelSecurity() throws SQLException {
		try (Connection c = app.getConnection()) {
			assertThat(text(c, "select rolsuper || ',' || rolbypassrls from pg_roles where rolname = current_user"))
				.isEqualTo("false,false");
		}
	}

	@Test
	void pricesAreReadByTheOwningOperatorAndByShippersOnly() throws SQLException {
		try (Connection c = app.getConnection()) {
			c.setAutoCommit(false);
			for (Object[] reader : new Object[][] { { OPERATOR, "OPERATOR" }, { ACME, "SHIPPER" },
					{ GLOBEX, "SHIPPER" } }) {
				bind(c, (UUID) reader[0], (String) reader[1]);
				assertThat(count(c, "rate_card")).as("%s cards", reader[1]).isGreaterThanOrEqualTo(8);
				assertThat(count(c, "rate_card_break")).as("%s breaks", reader[1]).isGreaterThanOrEqualTo(48);
				assertThat(count(c, "program_pricing")).as("%s fills", reader[1]).isGreaterThanOrEqualTo(2);
				c.rollback();
			}
			for (Object[] reader : new Object[][] { { CARRIER, "CARRIER" }, { OTHER_OPERATOR, "OPERATOR" },
					{ ACME, null } }) {
				bind(c, (UUID) reader[0], (String) reader[1]);
				for (String table : PRICE_TABLES) {
					assertThat(count(c, table)).as("%s as %s", table, reader[1]).isZero();
				}
				// Bound all the same: the organization's own row is visible, the prices
				// are not.
				assertThat(count(c, "organization")).isPositive();
				c.rollback();
			}
		}
		// Negative control: without the policies the same statements show a carrier the
		// prices.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of(PRICE_TABLES), CARRIER, "CARRIER", "rate_card"))
			.isGreaterThanOrEqualTo(8);
	}

	@Test
	void aNegotiatedAdjustmentIsReadByItsShipperAndItsOperatorOnly() throws SQLException {
		try (Connection c = app.getConnection()) {
			c.setAutoCommit(false);
			for (Object[] reader : new Object[][] { { OPERATOR, "OPERATOR", 1 }, { ACME, "SHIPPER", 1 },
					{ GLOBEX, "SHIPPER", 0 }, { CARRIER, "CARRIER", 0 }, { OTHER_OPERATOR, "OPERATOR", 0 } }) {
				bind(c, (UUID) reader[0], (String) reader[1]);
				assertThat(count(c, "negotiated_adjustment")).as(reader[0].toString())
					.isEqualTo(((Integer) reader[2]).longValue());
				c.rollback();
			}
		}
	}

	@Test
	void onlyTheOwningOperatorWritesPricesAndKeysTellNoOneElsesRows() throws SQLException {
		try (Connection c = app.getConnection()) {
			c.setAutoCommit(false);
			// A shipper reads the cards but changes none.
			bind(c, ACME, "SHIPPER");
			assertThat(update(c, "update program_pricing set expected_fill = 0.1")).isZero();
			assertThat(update(c, "update rate_card set valid_to = valid_from + interval '1 day'")).isZero();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> update(c,
						"insert into program_pricing (operator_id, program_id, expected_fill)" + " values ('" + OPERATOR
								+ "', '" + EU_CONSUMER + "', 0.1)"))
				.withMessageContaining("row-level security");
			c.rollback();
			// Another operator, even naming itself, meets a foreign key to its own lanes,
			// programs and cards, not a "duplicate key" that would confirm the operator's
			// rows exist.
			for (String insert : List.of(
					"insert into rate_card (operator_id, id, lane_id, version, currency, valid_from, minimum_charge,"
							+ " fuel_surcharge_percent, dangerous_goods_fee, pickup_fee, customs_clearance_fee,"
							+ " load_capacity_kg, published_at, published_by) values ('" + OTHER_OPERATOR + "', '"
							+ UUID.randomUUID() + "', '" + PricingIntegrationTests.MAD_RTM_ROAD
							+ "', 1, 'EUR', now(), 1, 1, 1, 1, 1, 1, now(), 'rival')",
					"insert into rate_card_break (operator_id, rate_card_id, from_kg, price_per_kg) values ('"
							+ OTHER_OPERATOR + "', 'e0000000-0000-4000-8000-000000000001', 0, 1)",
					"insert into program_pricing (operator_id, program_id, expected_fill) values ('" + OTHER_OPERATOR
							+ "', '" + EU_CONSUMER + "', 0.1)")) {
				bind(c, OTHER_OPERATOR, "OPERATOR");
				assertThatExceptionOfType(SQLException.class).isThrownBy(() -> update(c, insert))
					.withMessageContaining("foreign key")
					.withMessageNotContaining("duplicate key");
				c.rollback();
			}
		}
	}

	@Test
	void theApplicationMayOnlyEndACardAndChangeAFill() throws SQLException {
		try (Connection c = app.getConnection()) {
			c.setAutoCommit(false);
			bind(c, OPERATOR, "OPERATOR");
			assertThat(update(c, "update rate_card set valid_to = valid_from + interval '1 day'"
					+ " where id = 'e0000000-0000-4000-8000-000000000003'"))
				.isOne();
			assertThat(update(c,
					"update program_pricing set expected_fill = 0.5 where program_id = '" + EU_CONSUMER + "'"))
				.isOne();
			c.rollback();
			for (String change : List.of("update rate_card set minimum_charge = 1",
					"update rate_card_break set price_per_kg = 1", "delete from rate_card",
					"delete from program_pricing", "update negotiated_adjustment set percent = -50",
					"insert into negotiated_adjustment (operator_id, program_id, shipper_id, percent) values ('"
							+ OPERATOR + "', '" + EU_CONSUMER + "', '" + GLOBEX + "', -50)")) {
				bind(c, OPERATOR, "OPERATOR");
				assertThatExceptionOfType(SQLException.class).as(change)
					.isThrownBy(() -> update(c, change))
					.withMessageContaining("permission denied");
				c.rollback();
			}
		}
	}

}
