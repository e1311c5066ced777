package io.homeward.platform.pricing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.shared.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static io.homeward.platform.pricing.PricingGraphQl.as;
import static io.homeward.platform.pricing.PricingGraphQl.card;
import static io.homeward.platform.pricing.PricingGraphQl.lane;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with prices, end to end over HTTP with each demo user's token:
 * administering prices needs the org-admin role, carriers are neither quoted nor shown a
 * card, and a card's problems come back all at once.
 */
@IntegrationTest
class PricingRolesIntegrationTests {

	/** MAD-RTM-PARCEL: the tests here leave its cards as they found them. */
	static final UUID PARCEL_LANE = PricingIntegrationTests.MAD_RTM_PARCEL;

	@LocalServerPort
	int port;

	int versions(String user, UUID lane) {
		return as(port, user).documentName("pricing/rateCards")
			.variable("laneId", lane(lane))
			.execute()
			.path("rateCards")
			.entityList(Object.class)
			.get()
			.size();
	}

	String expectedFill() {
		return as(port, "acme").documentName("pricing/laneQuote")
			.variable("input", PricingGraphQl.quote())
			.execute()
			.path("laneQuote.quote.expectedFill")
			.entity(String.class)
			.get();
	}

	@Test
	void aMemberWithoutTheAdminRoleNeitherPublishesNorSetsTheFill() {
		int before = versions("operator", PARCEL_LANE);
		assertThat(before).isPositive();
		String fill = expectedFill();
		HttpGraphQlTester clerk = as(port, "operator-clerk");
		clerk.documentName("pricing/rateCardPublish")
			.variable("input", card(lane(PARCEL_LANE), OffsetDateTime.parse("2045-01-01T00:00:00Z"), null))
			.execute()
			.path("rateCardPublish.rateCard")
			.valueIsNull()
			.path("rateCardPublish.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("NOT_PERMITTED")
			.path("rateCardPublish.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input")
			.path("rateCardPublish.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("org-admin"));
		clerk.documentName("pricing/programPricingUpdate")
			.variable("input", Map.of("programId", Fixtures.programId(Fixtures.EU_CONSUMER), "expectedFill", "0.3"))
			.execute()
			.path("programPricingUpdate.programPricing")
			.valueIsNull()
			.path("programPricingUpdate.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("NOT_PERMITTED")
			.path("programPricingUpdate.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("org-admin"));
		assertThat(versions("operator", PARCEL_LANE)).as("nothing published").isEqualTo(before);
		assertThat(expectedFill()).as("the fill unchanged").isEqualTo(fill);
	}

	@Test
	void aCardIsAnsweredWithAllItsProblemsAtOnce() {
		int before = versions("operator", PARCEL_LANE);
		OffsetDateTime from = OffsetDateTime.parse("2046-01-01T00:00:00Z");
		Map<String, Object> input = card(lane(PARCEL_LANE), from, from.minusDays(1));
		input.put("currency", "EUX");
		input.put("breaks", List.of(Map.of("fromKg", "0", "pricePerKg", "6.12345")));
		@SuppressWarnings("unchecked")
		Map<String, Object> fees = (Map<String, Object>) input.get("accessorials");
		fees.put("pickup", "-1");
		HttpGraphQlTester.Response response = as(port, "operator").documentName("pricing/rateCardPublish")
			.variable("input", input)
			.execute();
		response.path("rateCardPublish.rateCard").valueIsNull();
		List<Map<String, Object>> errors = response.path("rateCardPublish.userErrors")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(errors)
			.extracting((error) -> String.join(".", (List<String>) error.get("field")) + " " + error.get("code"))
			.containsExactly("input.currency INVALID_CURRENCY", "input.breaks.0.pricePerKg INVALID",
					"input.accessorials.pickup INVALID", "input.validTo INVALID");
		assertThat(versions("operator", PARCEL_LANE)).isEqualTo(before);
	}

	@Test
	void carriersAreNotQuotedAndReadNoPrices() {
		as(port, "carrier").documentName("pricing/laneQuote")
			.variable("input", PricingGraphQl.quote())
			.execute()
			.path("laneQuote.quote")
			.valueIsNull()
			.path("laneQuote.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("NOT_PERMITTED")
			.path("laneQuote.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input");
		// Row-level security alone decides: the read has no organization in its SQL.
		UUID road = PricingIntegrationTests.MAD_RTM_ROAD;
		assertThat(versions("operator", road)).isPositive();
		assertThat(versions("acme", road)).isPositive();
		assertThat(versions("carrier", road)).isZero();
		String demoCard = GlobalId.encode(RateCard.TYPE, UUID.fromString("e0000000-0000-4000-8000-000000000001"));
		as(port, "acme").documentName("pricing/rateCardNode")
			.variable("id", demoCard)
			.execute()
			.path("node.lane.code")
			.entity(String.class)
			.isEqualTo("MAD-RTM-ROAD");
		as(port, "carrier").documentName("pricing/rateCardNode")
			.variable("id", demoCard)
			.execute()
			.path("node")
			.valueIsNull();
	}

	@Test
	void shippersAndOperatorsAreQuotedWhateverTheirRole() {
		for (String user : List.of("acme-clerk", "acme", "globex", "operator", "operator-clerk")) {
			as(port, user).documentName("pricing/laneQuote")
				.variable("input", PricingGraphQl.quote())
				.execute()
				.path("laneQuote.userErrors")
				.entityList(Object.class)
				.hasSize(0)
				.path("laneQuote.quote.lane.code")
				.entity(String.class)
				.isEqualTo("MAD-RTM-ROAD");
		}
		// Acme's own adjustment, whatever the member's role.
		as(port, "acme-clerk").documentName("pricing/laneQuote")
			.variable("input", PricingGraphQl.quote())
			.execute()
			.path("laneQuote.quote.pooled.adjustment")
			.entity(String.class)
			.satisfies((adjustment) -> assertThat(PricingGraphQl.d(adjustment)).isNegative());
	}

}
