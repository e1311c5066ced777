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
			      rmaNumber shipper { name } customer { name }
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
		Api acme = Api.as(port, "acme");
		acme.execute(RETURNS, Map.of("first", first)).data();
		SqlStatements.reset();
		List<Object> edges = acme.execute(RETURNS, Map.of("first", first)).data().read("$.data.returns.edges");
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
		// One transaction per batch: its set_config plus one select (two for the paged
		// list).
		assertThat(five).isLessThanOrEqualTo(30);
	}

	int total() {
		return Api.as(port, "acme")
			.execute("{ returns(first: 1) { totalCount } }")
			.data()
			.read("$.data.returns.totalCount");
	}

}
