package io.homeward.platform.pricing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.HomewardApplication;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.LocalServicesInitializer;
import io.homeward.platform.shared.GlobalId;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two running instances share Redis and PostgreSQL: a version published through one is
 * what the other quotes next, although its cache was warm. Also the operator's expected
 * fill, which quotes follow.
 */
@IntegrationTest
class PricingAcrossInstancesIntegrationTests {

	static final String VERSION = "$.data.laneQuote.quote.rateCardVersion";

	@LocalServerPort
	int port;

	@Test
	void aVersionPublishedOnOneInstanceIsQuotedByAnother() {
		int before = Api.as(port, "globex")
			.execute(PricingIntegrationTests.QUOTE, PricingIntegrationTests.quoteInput())
			.data()
			.read(VERSION);
		// Warm on this instance: the next quote here reads the card from Redis.
		assertThat(Api.as(port, "globex")
			.execute(PricingIntegrationTests.QUOTE, PricingIntegrationTests.quoteInput())
			.data()
			.read(VERSION, Integer.class)).isEqualTo(before);
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(HomewardApplication.class)
			.initializers(new LocalServicesInitializer())
			.properties("server.port=0")
			.run()) {
			int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
			assertThat(otherPort).isNotEqualTo(port);
			String road = GlobalId.encode("Lane", PricingIntegrationTests.MAD_RTM_ROAD);
			// The same prices as the demo's ROAD card, as a new version in force from
			// now.
			Map<String, Object> publish = PricingIntegrationTests.publishInput(road,
					OffsetDateTime.now(ZoneOffset.UTC).withNano(0), null);
			@SuppressWarnings("unchecked")
			Map<String, Object> input = (Map<String, Object>) publish.get("input");
			input.put("breaks", List.of(Map.of("fromKg", "0", "pricePerKg", "0.60"),
					Map.of("fromKg", "45", "pricePerKg", "0.45"), Map.of("fromKg", "100", "pricePerKg", "0.32"),
					Map.of("fromKg", "300", "pricePerKg", "0.24"), Map.of("fromKg", "500", "pricePerKg", "0.18"),
					Map.of("fromKg", "1000", "pricePerKg", "0.12")));
			input.put("minimumCharge", "45.00");
			input.put("fuelSurchargePercent", "12.00");
			input.put("accessorials", Map.of("dangerousGoods", "35", "pickup", "25", "customsClearance", "40"));
			input.put("loadCapacityKg", "24000");
			DocumentContext published = Api.as(otherPort, "operator")
				.execute(PricingIntegrationTests.PUBLISH, publish)
				.data();
			assertThat(published.read("$.data.rateCardPublish.userErrors", List.class)).isEmpty();
			int version = published.read("$.data.rateCardPublish.rateCard.version");
			assertThat(version).isEqualTo(before + 1);
		}
		assertThat(Api.as(port, "globex")
			.execute(PricingIntegrationTests.QUOTE, PricingIntegrationTests.quoteInput())
			.data()
			.read(VERSION, Integer.class)).isEqualTo(before + 1);
	}

	@Test
	void theOperatorSetsTheExpectedFillThatPooledQuotesUse() {
		String update = """
				mutation($input: ProgramPricingUpdateInput!) { programPricingUpdate(input: $input) {
				  programPricing { expectedFill program { code } } userErrors { field code } } }""";
		String program = Fixtures.programId(Fixtures.EU_CONSUMER);
		try {
			DocumentContext set = Api.as(port, "operator")
				.execute(update, Map.of("input", Map.of("programId", program, "expectedFill", "0.650")))
				.data();
			assertThat(set.read("$.data.programPricingUpdate.programPricing.expectedFill", String.class))
				.isEqualTo("0.650");
			assertThat(Api.as(port, "acme")
				.execute(PricingIntegrationTests.QUOTE, PricingIntegrationTests.quoteInput())
				.data()
				.read("$.data.laneQuote.quote.expectedFill", String.class)).isEqualTo("0.650");
			for (String fill : List.of("0", "1.5", "0.1234", "-0.2")) {
				assertThat(Api.as(port, "operator")
					.execute(update, Map.of("input", Map.of("programId", program, "expectedFill", fill)))
					.data()
					.read("$.data.programPricingUpdate.userErrors[0].code", String.class)).as(fill)
					.isIn("OUT_OF_RANGE", "INVALID");
			}
			assertThat(Api.as(port, "acme")
				.execute(update, Map.of("input", Map.of("programId", program, "expectedFill", "0.9")))
				.data()
				.read("$.data.programPricingUpdate.userErrors[0].code", String.class)).isEqualTo("NOT_PERMITTED");
			assertThat(Api.as(port, "operator")
				.execute(update,
						Map.of("input",
								Map.of("programId", Fixtures.programId(UUID.randomUUID()), "expectedFill", "0.9")))
				.data()
				.read("$.data.programPricingUpdate.userErrors[0].code", String.class)).isEqualTo("NOT_FOUND");
			assertThat(Api.as(port, "acme")
				.execute(PricingIntegrationTests.QUOTE, PricingIntegrationTests.quoteInput())
				.data()
				.read("$.data.laneQuote.quote.expectedFill", String.class)).as("refused updates changed nothing")
				.isEqualTo("0.650");
		}
		finally {
			Api.as(port, "operator")
				.execute(update, Map.of("input", Map.of("programId", program, "expectedFill", "0.800")))
				.data();
		}
	}

}
