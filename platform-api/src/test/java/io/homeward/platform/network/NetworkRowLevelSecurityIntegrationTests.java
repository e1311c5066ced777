package io.homeward.platform.network;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.Fixtures;
import io.homeward.platform.ModuleIntegrationTest;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import static io.homeward.platform.tenancy.RlsProbe.app;
import static io.homeward.platform.tenancy.RlsProbe.count;
import static io.homeward.platform.tenancy.RlsProbe.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads the network (ADR 0006), checked in PostgreSQL itself: plain SQL as
 * {@code homeward_app} with no organization predicate, bound like the application, so
 * only the policies decide. Each assertion of what is hidden has a positive control of
 * the same statement showing rows to a reader that may see them. Annotated as
 * {@link NetworkModuleIntegrationTests} is, so the two share one context.
 */
@ModuleIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NetworkRowLevelSecurityIntegrationTests {

	static final String[] NETWORK = { "hub", "lane", "program", "program_lane", "program_terms" };

	/**
	 * A lane of the demo operator run by the second carrier, for the duration of this
	 * class.
	 */
	static final UUID BARGE_LANE = UUID.fromString("b0000000-0000-4000-8000-0000000000f1");

	@BeforeAll
	static void anotherOperatorAndALaneOfAnotherCarrier() throws SQLException {
		NetworkDatabase.organization(NetworkDatabase.OTHER_OPERATOR, "Elsewhere Hub Ops", "OPERATOR");
		NetworkDatabase.organization(NetworkDatabase.OTHER_CARRIER, "Slow Barge Lines", "CARRIER");
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(operator,
					"""
							insert into lane (operator_id, id, code, origin_hub_id, destination_hub_id, mode, carrier_id, transit_days)
							values ('%s', '%s', 'SGN-RTM-BARGE', 'a0000000-0000-4000-8000-000000000003',
							        'a0000000-0000-4000-8000-000000000004', 'SEA', '%s', 40)"""
						.formatted(Fixtures.OPERATOR, BARGE_LANE, NetworkDatabase.OTHER_CARRIER));
			operator.commit();
		}
	}

	/** Lanes are visible to every shipper: the barge lane must not outlive this class. */
	@AfterAll
	static void removeTheBargeLane() throws SQLException {
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.update(operator, "delete from lane where id = '" + BARGE_LANE + "'")).isOne();
			operator.commit();
		}
	}

	@Test
	void anotherOperatorReadsNoneOfTheNetwork() throws SQLException {
		// Every table at once, so that a failure shows each table that shows too much.
		Map<String, Long> none = new LinkedHashMap<>();
		for (String table : NETWORK) {
			none.put(table, 0L);
		}
		assertThat(counts(NetworkDatabase.OTHER_OPERATOR, "OPERATOR")).containsExactlyEntriesOf(none);
		// Positive controls: the rows exist, and the same statements show them to their
		// operator and to a shipper.
		assertThat(counts(Fixtures.OPERATOR, "OPERATOR"))
			.allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
		assertThat(counts(Fixtures.ACME, "SHIPPER"))
			.allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
		// The other operator's binding works: it reads its own organization row.
		try (Connection c = app(NetworkDatabase.OTHER_OPERATOR, "OPERATOR")) {
			assertThat(count(c, "organization where id = '" + NetworkDatabase.OTHER_OPERATOR + "'")).isOne();
		}
		// Negative control: without the policies the same statements show it every table.
		for (String table : NETWORK) {
			assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of(NETWORK), NetworkDatabase.OTHER_OPERATOR,
					"OPERATOR", table))
				.as(table)
				.isPositive();
		}
	}

	@Test
	void aCarrierReadsHubsProgramsAndTheLanesItRunsButNoTermsNorProgramLanes() throws SQLException {
		try (Connection carrier = app(Fixtures.CARRIER, "CARRIER");
				Connection shipper = app(Fixtures.ACME, "SHIPPER")) {
			for (String table : List.of("hub", "program")) {
				assertThat(count(carrier, table)).as(table).isPositive().isEqualTo(count(shipper, table));
			}
			for (String table : List.of("program_terms", "program_lane")) {
				assertThat(count(carrier, table)).as(table).isZero();
				assertThat(count(shipper, table)).as(table).isPositive();
			}
			assertThat(count(carrier, "lane")).isPositive();
			assertThat(count(carrier, "lane where carrier_id <> '" + Fixtures.CARRIER + "'")).isZero();
			assertThat(count(carrier, "lane where id = '" + BARGE_LANE + "'")).isZero();
			assertThat(count(shipper, "lane where id = '" + BARGE_LANE + "'")).isOne();
		}
		try (Connection owner = app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(count(owner, "lane where id = '" + BARGE_LANE + "'")).isOne();
		}
		// And the second carrier reads the one lane it runs.
		try (Connection barge = app(NetworkDatabase.OTHER_CARRIER, "CARRIER")) {
			assertThat(count(barge, "lane")).isOne();
		}
	}

	/**
	 * The one policy that is not a comparison on the row
	 * (organization_read_program_members, ADR 0006): an operator reads the shippers that
	 * are members of its programs, and only those.
	 */
	@Test
	void anOperatorReadsTheShippersOfItsProgramsAndNoOneElseReadsAShipper() throws SQLException {
		String shippers = "organization where kind = 'SHIPPER'";
		try (Connection c = app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(count(c, "organization where id in ('" + Fixtures.ACME + "', '" + Fixtures.GLOBEX + "')"))
				.isEqualTo(2);
		}
		for (Object[] reader : new Object[][] { { NetworkDatabase.OTHER_OPERATOR, "OPERATOR" },
				{ Fixtures.CARRIER, "CARRIER" }, { NetworkDatabase.OTHER_CARRIER, "CARRIER" } }) {
			try (Connection c = app((UUID) reader[0], (String) reader[1])) {
				assertThat(count(c, shippers)).as(reader[0].toString()).isZero();
			}
		}
		try (Connection c = app(Fixtures.ACME, "SHIPPER")) {
			assertThat(count(c, shippers)).as("its own row only").isOne();
		}
		// Negative control: without the policies the other operator reads both shippers.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("organization"), NetworkDatabase.OTHER_OPERATOR,
				"OPERATOR", shippers))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void termsAreBetweenTheOperatorAndShippers() throws SQLException {
		for (UUID shipper : List.of(Fixtures.ACME, Fixtures.GLOBEX)) {
			try (Connection c = app(shipper, "SHIPPER")) {
				assertThat(count(c, "program_terms")).isEqualTo(2);
			}
		}
		try (Connection c = app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(count(c, "program_terms")).isEqualTo(2);
		}
		for (UUID carrier : List.of(Fixtures.CARRIER, NetworkDatabase.OTHER_CARRIER)) {
			try (Connection c = app(carrier, "CARRIER")) {
				assertThat(count(c, "program_terms")).isZero();
			}
		}
	}

	@Test
	void withTheOrganizationButNotItsKindBoundNothingOfAnotherOperatorIsVisible() throws SQLException {
		try (Connection c = app(Fixtures.ACME, "")) {
			for (String table : NETWORK) {
				assertThat(count(c, table)).as(table).isZero();
			}
		}
	}

	@Test
	void keysStartWithTheOperatorAndTheApplicationDeletesNothingOfTheNetwork() throws SQLException {
		try (Connection c = app(Fixtures.ACME, "SHIPPER")) {
			assertThat(rows(c, """
					select conrelid::regclass::text || ' ' || contype::text || ' ' || pg_get_constraintdef(oid)
					from pg_constraint
					where conrelid in ('program_lane'::regclass, 'program_terms'::regclass) and contype in ('p', 'f')
					order by 1""")).containsExactly(
					"program_lane f FOREIGN KEY (operator_id, lane_id) REFERENCES lane(operator_id, id)",
					"program_lane f FOREIGN KEY (operator_id, program_id) REFERENCES program(operator_id, id)",
					"program_lane p PRIMARY KEY (operator_id, program_id, lane_id)",
					"program_terms f FOREIGN KEY (operator_id, program_id) REFERENCES program(operator_id, id)",
					"program_terms p PRIMARY KEY (operator_id, program_id)");
			List<String> privileges = rows(c, """
					select t || ':' || p || ':' || has_table_privilege('homeward_app', t, p)
					from unnest(array['hub', 'lane', 'program', 'program_lane', 'program_terms']) t,
					     unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p
					order by 1""");
			// Only lanes are written (laneCreate, laneUpdate); nothing is deleted.
			assertThat(privileges).filteredOn((row) -> row.endsWith(":true"))
				.containsExactlyInAnyOrder("hub:SELECT:true", "lane:INSERT:true", "lane:SELECT:true",
						"lane:UPDATE:true", "program:SELECT:true", "program_lane:SELECT:true",
						"program_terms:SELECT:true");
			assertThat(privileges).hasSize(20);
		}
	}

	private static Map<String, Long> counts(UUID organization, String kind) throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = app(organization, kind)) {
			for (String table : NETWORK) {
				counts.put(table, count(c, table));
			}
		}
		return counts;
	}

}
