package io.homeward.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every association is batched: the statements of an operation do not grow with the page
 * size.
 */
@IntegrationTest
class StatementCountIntegrationTests {

	static final String RETURNS = """
			query($first: Int!) {
			  returns(first: $first) {
			    totalCount
			    edges { node {
			      rmaNumber shipper { name } customer { name } originCity origin { line1 } reasonNote statusNote
			      items { sku unitValue { amount } } parcels { reference }
			      program { code operator { name } destination { code } lanes { code origin { code } carrier { name } } }
			    } }
			  }
			}""";

	@LocalServerPort
	int port;

	@BeforeEach
	void acmeHasAtLeastFiftyReturns() {
		Api acme = Api.as(port, "acme");
		for (int missing = 50 - total(); missing > 0; missing--) {
			String key = UUID.randomUUID().toString();
			List<Object> errors = acme.execute(Fixtures.CREATE, Map.of("input", Fixtures.returnInput(key, "C-" + key)))
				.data()
				.read("$.data.returnCreate.userErrors");
			assertThat(errors).isEmpty();
		}
	}

	int statementsFor(int first) {
		return statementsFor("acme", first);
	}

	int statementsFor(String user, int first) {
		Api api = Api.as(port, user);
		api.execute(RETURNS, Map.of("first", first)).data();
		SqlStatements.reset();
		List<Object> edges = api.execute(RETURNS, Map.of("first", first)).data().read("$.data.returns.edges");
		assertThat(edges).hasSize(first);
		return SqlStatements.count();
	}

	@Test
	void returnsWithNestedAssociationsTakeTheSameStatementsForFiveAndFiftyRows() {
		int five = statementsFor(5);
		List<String> log = SqlStatements.statements();
		int fifty = statementsFor(50);
		System.out.printf("returns(first: 5) ran %d statements; returns(first: 50) ran %d:%n  %s%n", five, fifty,
				String.join("\n  ", log));
		assertThat(fifty).as("statements for 5 rows: %s", log).isEqualTo(five);
		// One transaction for the whole query: one binding, then one select per
		// association level (the list and its count, shipper, customer, items, parcels,
		// program, operator, destination, program lanes, lanes, their origins and
		// carriers).
		assertThat(log.stream().filter(SqlStatements::isBinding)).as("%s", log).hasSize(1);
		assertThat(five).isLessThanOrEqualTo(14);
		// The private row (street address, notes) comes with the return, joined in the
		// page's own statement: no statement of its own.
		assertThat(log).as("%s", log)
			.noneMatch((sql) -> sql.startsWith("select") && sql.contains("from return_private"));
	}

	@Test
	void theOperatorsPageOfEveryShippersReturnsTakesTheSameStatementsForFiveAndFiftyRows() {
		int five = statementsFor("operator", 5);
		List<String> log = SqlStatements.statements();
		int fifty = statementsFor("operator", 50);
		assertThat(fifty).as("statements for 5 rows: %s", log).isEqualTo(five);
		assertThat(five).as("%s", log).isLessThanOrEqualTo(14);
	}

	@Test
	void aQueryIsOneTransactionBoundOnceHoweverManyBatchLoadersRun() {
		Api acme = Api.as(port, "acme");
		acme.execute(RETURNS, Map.of("first", 20)).data();
		SqlStatements.reset();
		acme.execute(RETURNS, Map.of("first", 20)).data();
		List<String> log = SqlStatements.statements();
		assertThat(log.getFirst()).as("%s", log).startsWith("select bind_tenant(");
		assertThat(log.stream().filter(SqlStatements::isBinding)).as("%s", log).hasSize(1);
		// More than one batch loader ran inside it: the positive control of the count
		// above.
		assertThat(log).as("%s", log)
			.anyMatch((sql) -> sql.contains("from return_item"))
			.anyMatch((sql) -> sql.contains("from parcel"))
			.anyMatch((sql) -> sql.contains("from organization"));
	}

	@Test
	void whoTheCallerIsNeedsNoStatementAndWithOtherFieldsStaysOneTransaction() {
		Api acme = Api.as(port, "acme");
		String viewer = "{ viewer { username roles organization { id name kind } } }";
		acme.execute(viewer).data();
		SqlStatements.reset();
		String name = acme.execute(viewer).data().read("$.data.viewer.organization.name");
		assertThat(name).isEqualTo("Acme Outdoor");
		assertThat(SqlStatements.statements()).isEmpty();
		// Beside a field that reads rows, the viewer joins the one transaction.
		SqlStatements.reset();
		List<Object> programs = acme
			.execute("{ viewer { organization { name } } programs(first: 5) { edges { node { code } } } }")
			.data()
			.read("$.data.programs.edges");
		assertThat(programs).isNotEmpty();
		List<String> log = SqlStatements.statements();
		assertThat(log.getFirst()).as("%s", log).startsWith("select bind_tenant(");
		assertThat(log.stream().filter(SqlStatements::isBinding)).as("%s", log).hasSize(1);
	}

	@Test
	void theTotalIsCountedOnlyWhenAskedFor() {
		Api acme = Api.as(port, "acme");
		String page = "{ returns(first: 20) { edges { node { rmaNumber items { sku } } } } }";
		acme.execute(page).data();
		SqlStatements.reset();
		acme.execute(page).data();
		assertThat(SqlStatements.statements()).noneMatch((sql) -> sql.contains("count("));
		SqlStatements.reset();
		int total = acme.execute("{ returns(first: 20) { totalCount edges { node { rmaNumber } } } }")
			.data()
			.read("$.data.returns.totalCount");
		assertThat(total).isGreaterThanOrEqualTo(20);
		assertThat(SqlStatements.statements()).filteredOn((sql) -> sql.contains("count(")).hasSize(1);
		for (String connection : List.of("hubs", "lanes", "programs")) {
			SqlStatements.reset();
			acme.execute("{ %s(first: 2) { edges { cursor } } }".formatted(connection)).data();
			assertThat(SqlStatements.statements()).as(connection).noneMatch((sql) -> sql.contains("count("));
			SqlStatements.reset();
			acme.execute("{ %s(first: 2) { totalCount } }".formatted(connection)).data();
			assertThat(SqlStatements.statements()).as(connection)
				.filteredOn((sql) -> sql.contains("count("))
				.hasSize(1);
		}
	}

	/**
	 * The keyset pages send the statements their indexes serve, to the letter: the
	 * organization predicate and the row comparison after a cursor for returns, the id
	 * comparison for the network's lists, and counts with the page's conditions only.
	 */
	@Test
	void keysetPagesSendTheSameStatementsAsTheIndexesExpect() {
		Api acme = Api.as(port, "acme");
		String returns = "query($after: String) { returns(first: 2, after: $after) { totalCount edges { cursor } } }";
		String cursor = acme.execute(returns).data().read("$.data.returns.edges[1].cursor");
		SqlStatements.reset();
		acme.execute(returns, Map.of("after", cursor)).data();
		assertThat(SqlStatements.statements()).as("%s", SqlStatements.statements())
			.anyMatch((sql) -> sql.startsWith("select r.id, r.shipper_id,") && sql.endsWith(
					" where r.shipper_id = ? and (r.created_at, r.id) < (?, ?) order by r.created_at desc, r.id desc limit ?"))
			.contains("select count(*) from return_order r where r.shipper_id = ?");
		for (String table : List.of("hub", "lane", "program")) {
			String connection = "query($after: String) { %ss(first: 1, after: $after) { totalCount edges { cursor } } }"
				.formatted(table);
			SqlStatements.reset();
			String first = acme.execute(connection).data().read("$.data.%ss.edges[0].cursor".formatted(table));
			assertThat(SqlStatements.statements()).as(table)
				.anyMatch((sql) -> sql.startsWith("select id, operator_id, code,")
						&& sql.endsWith(" from " + table + " order by id limit ?"))
				.contains("select count(*) from " + table);
			SqlStatements.reset();
			acme.execute(connection, Map.of("after", first)).data();
			assertThat(SqlStatements.statements()).as(table)
				.anyMatch((sql) -> sql.startsWith("select id, operator_id, code,")
						&& sql.endsWith(" from " + table + " where id > ? order by id limit ?"));
		}
	}

	int total() {
		return Api.as(port, "acme")
			.execute("{ returns(first: 1) { totalCount } }")
			.data()
			.read("$.data.returns.totalCount");
	}

}
