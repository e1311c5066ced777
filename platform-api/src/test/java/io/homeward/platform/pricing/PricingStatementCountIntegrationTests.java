package io.homeward.platform.pricing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.homeward.platform.pricing.PricingGraphQl.as;
import static io.homeward.platform.pricing.PricingGraphQl.card;
import static io.homeward.platform.pricing.PricingGraphQl.lane;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lane's cards with their breaks and lanes take the same statements however many
 * versions there are: one for the cards and their breaks, one for the lanes.
 */
@IntegrationTest
class PricingStatementCountIntegrationTests {

	/** SGN-RTM-PARCEL: the demo's one version. */
	static final UUID ONE_VERSION = UUID.fromString("b0000000-0000-4000-8000-000000000008");

	/** SGN-RTM-AIR, given two more versions here. */
	static final UUID THREE_VERSIONS = UUID.fromString("b0000000-0000-4000-8000-000000000006");

	static final String CARDS = """
			query($laneId: ID!) { rateCards(laneId: $laneId) {
			  id version validTo lane { code origin { code } } tariff { currency breaks { fromKg pricePerKg } } } }""";

	@LocalServerPort
	int port;

	int statementsFor(UUID laneId, int versions) {
		Api acme = Api.as(port, "acme");
		acme.execute(CARDS, java.util.Map.of("laneId", lane(laneId))).data();
		SqlStatements.reset();
		List<Object> cards = acme.execute(CARDS, java.util.Map.of("laneId", lane(laneId)))
			.data()
			.read("$.data.rateCards");
		assertThat(cards).hasSize(versions);
		return SqlStatements.count();
	}

	@Test
	void aLanesCardsTakeTheSameStatementsForOneVersionAndForThree() {
		for (int year = 2060; year <= 2061; year++) {
			OffsetDateTime from = OffsetDateTime.parse(year + "-01-01T00:00:00Z");
			as(port, "operator").documentName("pricing/rateCardPublish")
				.variable("input", card(lane(THREE_VERSIONS), from, from.plusMonths(1)))
				.execute()
				.path("rateCardPublish.userErrors")
				.entityList(Object.class)
				.hasSize(0);
		}
		int one = statementsFor(ONE_VERSION, 1);
		List<String> log = SqlStatements.statements();
		int three = statementsFor(THREE_VERSIONS, 3);
		assertThat(three).as("%s", log).isEqualTo(one);
		// The binding, the cards with their breaks, their lanes, the lanes' origins.
		assertThat(log.stream().filter(SqlStatements::isBinding)).as("%s", log).hasSize(1);
		assertThat(one).as("%s", log).isLessThanOrEqualTo(4);
	}

}
