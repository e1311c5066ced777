package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Spring for GraphQL's tester against the running test server, signed in as a demo user;
 * documents come from {@code graphql-test/pricing/}.
 */
final class PricingGraphQl {

	private PricingGraphQl() {
	}

	static HttpGraphQlTester as(int port, String user) {
		WebTestClient client = WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + Api.token(user))
			.build();
		return HttpGraphQlTester.create(client);
	}

	static String lane(java.util.UUID id) {
		return GlobalId.encode("Lane", id);
	}

	/** A card that passes every rule: the demo air prices, in a window of one month. */
	static Map<String, Object> card(String laneId, OffsetDateTime from, @Nullable OffsetDateTime to) {
		Map<String, Object> input = new HashMap<>();
		input.put("laneId", laneId);
		input.put("currency", "EUR");
		input.put("validFrom", from.toString());
		input.put("validTo", (to != null) ? to.toString() : null);
		input.put("breaks",
				List.of(Map.of("fromKg", "0", "pricePerKg", "6.10"), Map.of("fromKg", "45", "pricePerKg", "4.90")));
		input.put("minimumCharge", "90.00");
		input.put("fuelSurchargePercent", "21.5");
		input.put("accessorials",
				new HashMap<>(Map.of("dangerousGoods", "80", "pickup", "30", "customsClearance", "55")));
		input.put("loadCapacityKg", "3500");
		return input;
	}

	/** Two cartons from Madrid into EU-CONSUMER. */
	static Map<String, Object> quote() {
		return Map.of("programId", Fixtures.programId(Fixtures.EU_CONSUMER), "originHubId",
				GlobalId.encode("Hub", PricingIntegrationTests.MAD), "pieces", List.of(Map.of("weightKg", "12.5",
						"lengthCm", "60", "widthCm", "40", "heightCm", "40", "quantity", 2)));
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
