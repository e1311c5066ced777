package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.shared.GlobalId;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes and the rate card cache against real Redis and PostgreSQL. */
@IntegrationTest
class PricingIntegrationTests {

	static final UUID MAD = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID MAD_RTM_ROAD = UUID.fromString("b0000000-0000-4000-8000-000000000001");

	static final UUID MAD_RTM_PARCEL = UUID.fromString("b0000000-0000-4000-8000-000000000002");

	static final UUID GRU_RTM_AIR = UUID.fromString("b0000000-0000-4000-8000-000000000004");

	static final String QUOTE = """
			query($input: LaneQuoteInput!) { laneQuote(input: $input) {
			  quote { lane { code } standAloneLane { code } expectedFill chargeableWeightKg transitDays
			          rateCardVersion standAloneRateCardVersion savingPercent saving { amount currency }
			          standAlone { total freight } pooled { total freight adjustment ratePerKg } }
			  userErrors { field code message } } }""";

	static final String PUBLISH = """
			mutation($input: RateCardPublishInput!) { rateCardPublish(input: $input) {
			  rateCard { id version validFrom validTo lane { code } tariff { currency breaks { fromKg pricePerKg } } }
			  userErrors { field code message } } }""";

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	StringRedisTemplate redis;

	static Map<String, Object> quoteInput() {
		return Map.of("input",
				Map.of("programId", Fixtures.programId(Fixtures.EU_CONSUMER), "originHubId",
						GlobalId.encode("Hub", MAD), "pickup", true, "pieces", List.of(
								Map.of("weightKg", "12.5", "lengthCm", "60", "widthCm", "40", "heightCm", "40",
										"quantity", 2),
								Map.of("weightKg", "0.4", "quantity", 1, "dangerousGoods", true))));
	}

	DocumentContext quote(String user) {
		DocumentContext answer = Api.as(port, user).execute(QUOTE, quoteInput()).data();
		assertThat(answer.read("$.data.laneQuote.userErrors", List.class)).isEmpty();
		return answer;
	}

	double count(String result) {
		return meters.counter("homeward.pricing.cache", "result", result).count();
	}

	void evict(UUID... lanes) {
		for (UUID lane : lanes) {
			redis.delete(RateCardCache.pointerKey(lane));
		}
	}

	@Test
	void poolingIsCheaperThanSendingAloneAndTheQuoteNamesItsSources() {
		DocumentContext quote = quote("globex");
		String at = "$.data.laneQuote.quote.";
		assertThat(quote.read(at + "lane.code", String.class)).isEqualTo("MAD-RTM-ROAD");
		assertThat(quote.read(at + "standAloneLane.code", String.class)).isEqualTo("MAD-RTM-PARCEL");
		assertThat(quote.read(at + "transitDays", Integer.class)).isEqualTo(3);
		assertThat(quote.read(at + "expectedFill", String.class)).isEqualTo("0.800");
		assertThat(quote.read(at + "rateCardVersion", Integer.class)).isPositive();
		assertThat(new BigDecimal(quote.read(at + "pooled.total", String.class)))
			.isLessThan(new BigDecimal(quote.read(at + "standAlone.total", String.class)));
		assertThat(new BigDecimal(quote.read(at + "saving.amount", String.class))).isPositive();
		assertThat(quote.read(at + "saving.currency", String.class)).isEqualTo("EUR");
		assertThat(new BigDecimal(quote.read(at + "pooled.adjustment", String.class))).isZero();
	}

	@Test
	void oneShippersNegotiatedPriceIsNeverServedToAnother() {
		// Acme first, so its adjustment is in Redis when Globex asks.
		DocumentContext acme = quote("acme");
		DocumentContext globex = quote("globex");
		String pooled = "$.data.laneQuote.quote.pooled.";
		assertThat(new BigDecimal(acme.read(pooled + "adjustment", String.class))).isNegative();
		assertThat(new BigDecimal(globex.read(pooled + "adjustment", String.class))).isZero();
		assertThat(new BigDecimal(acme.read(pooled + "total", String.class)))
			.isLessThan(new BigDecimal(globex.read(pooled + "total", String.class)));
		assertThat(redis.hasKey(RateCardCache.adjustmentKey(Fixtures.ACME, Fixtures.EU_CONSUMER))).isTrue();
		assertThat(redis.opsForValue().get(RateCardCache.adjustmentKey(Fixtures.GLOBEX, Fixtures.EU_CONSUMER)))
			.isEqualTo("none");
	}

	@Test
	void aMissLoadsFromPostgresAndTheNextReadHitsRedis() {
		evict(MAD_RTM_ROAD, MAD_RTM_PARCEL);
		double misses = count("miss");
		quote("globex");
		assertThat(count("miss") - misses).isGreaterThanOrEqualTo(2);
		assertThat(redis.opsForValue().get(RateCardCache.pointerKey(MAD_RTM_ROAD))).isNotNull();
		double hits = count("hit");
		double missesAfter = count("miss");
		quote("globex");
		assertThat(count("hit") - hits).isGreaterThanOrEqualTo(2);
		assertThat(count("miss")).isEqualTo(missesAfter);
	}

	/**
	 * QUALITY case 25: 500 readers at once (one virtual thread each, let go together) of
	 * a lane whose cached cards have just expired: each card is loaded from PostgreSQL
	 * once. (Tomcat's accept queue is 1,024 connections for such bursts; at its default
	 * of 100 some of the 500 were reset before a request was read.)
	 */
	@Test
	void concurrentReadersOfAnExpiredKeyLoadItOnce() throws Exception {
		int readers = 500;
		quote("globex");
		evict(MAD_RTM_ROAD, MAD_RTM_PARCEL);
		SqlStatements.reset();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> quotes = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			quotes.add(() -> {
				start.await();
				return quote("globex").read("$.data.laneQuote.quote.pooled.total", String.class);
			});
		}
		ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
		try {
			List<Future<String>> pending = new ArrayList<>();
			for (Callable<String> quote : quotes) {
				pending.add(pool.submit(quote));
			}
			start.countDown();
			List<String> totals = new ArrayList<>();
			for (Future<String> total : pending) {
				totals.add(total.get());
			}
			assertThat(totals).hasSize(readers).containsOnly(totals.getFirst());
		}
		finally {
			pool.shutdown();
		}
		long loads = SqlStatements.statements()
			.stream()
			.filter((sql) -> sql.contains("from rate_card") && sql.contains("valid_from <= ?"))
			.count();
		// One load per lane (the pooled lane and the courier baseline), however many
		// readers.
		assertThat(loads).isEqualTo(2);
	}

	@Test
	void withRedisStoppedQuotesComeFromPostgresWithoutErrorsAndTheCacheRecovers() {
		String expected = quote("globex").read("$.data.laneQuote.quote.pooled.total", String.class);
		double fallbacks = count("fallback");
		LocalServices.shared().stopRedis();
		try {
			for (int i = 0; i < 10; i++) {
				assertThat(quote("globex").read("$.data.laneQuote.quote.pooled.total", String.class))
					.isEqualTo(expected);
			}
			assertThat(count("fallback")).isGreaterThan(fallbacks);
		}
		finally {
			LocalServices.shared().startRedis();
		}
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
			double hits = count("hit");
			quote("globex");
			assertThat(count("hit")).isGreaterThan(hits);
		});
	}

	@Test
	void publishingAVersionSupersedesTheOpenEndedOneAndInvalidatesTheCache() {
		quote("globex");
		String laneId = GlobalId.encode("Lane", GRU_RTM_AIR);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
		DocumentContext published = Api.as(port, "operator").execute(PUBLISH, publishInput(laneId, now, null)).data();
		assertThat(published.read("$.data.rateCardPublish.userErrors", List.class)).isEmpty();
		int version = published.read("$.data.rateCardPublish.rateCard.version");
		assertThat(version).isGreaterThanOrEqualTo(2);

		DocumentContext cards = Api.as(port, "globex")
			.execute("query($lane: ID!) { rateCards(laneId: $lane) { version validTo } }", Map.of("lane", laneId))
			.data();
		assertThat(cards.read("$.data.rateCards[0].version", Integer.class)).isEqualTo(version);
		assertThat(cards.read("$.data.rateCards[1].validTo", String.class)).as("the earlier card ends").isNotNull();

		// A quote from São Paulo into GLOBAL-RECOVERY now uses the new AIR card, if AIR
		// is the cheaper lane.
		DocumentContext quote = Api.as(port, "globex")
			.execute(QUOTE,
					Map.of("input",
							Map.of("programId", Fixtures.programId(Fixtures.GLOBAL_RECOVERY), "originHubId",
									GlobalId.encode("Hub", UUID.fromString("a0000000-0000-4000-8000-000000000002")),
									"pieces", List.of(Map.of("weightKg", "3", "quantity", 1)))))
			.data();
		assertThat(quote.read("$.data.laneQuote.userErrors", List.class)).isEmpty();
		assertThat(redis.opsForValue().get(RateCardCache.pointerKey(GRU_RTM_AIR))).isIn(null,
				Integer.toString(version));
	}

	@Test
	void badRateCardsAreTypedErrorsAndChangeNothing() {
		String laneId = GlobalId.encode("Lane", MAD_RTM_PARCEL);
		int before = Api.as(port, "operator")
			.execute("query($lane: ID!) { rateCards(laneId: $lane) { version } }", Map.of("lane", laneId))
			.data()
			.read("$.data.rateCards.length()");
		OffsetDateTime from = OffsetDateTime.parse("2030-01-01T00:00:00Z");
		Map<String, Object> badCurrency = publishInput(laneId, from, from.plusMonths(1));
		((Map<String, Object>) badCurrency.get("input")).put("currency", "EUX");
		assertThat(errorCode(Api.as(port, "operator").execute(PUBLISH, badCurrency).data()))
			.isEqualTo("INVALID_CURRENCY");

		Map<String, Object> noBreaks = publishInput(laneId, from, from.plusMonths(1));
		((Map<String, Object>) noBreaks.get("input")).put("breaks", List.of());
		assertThat(errorCode(Api.as(port, "operator").execute(PUBLISH, noBreaks).data())).isEqualTo("INVALID");

		Map<String, Object> negative = publishInput(laneId, from, from.plusMonths(1));
		((Map<String, Object>) negative.get("input")).put("breaks", List.of(Map.of("fromKg", "0", "pricePerKg", "-1")));
		assertThat(errorCode(Api.as(port, "operator").execute(PUBLISH, negative).data())).isEqualTo("INVALID");

		Map<String, Object> tooPrecise = publishInput(laneId, from, from.plusMonths(1));
		((Map<String, Object>) tooPrecise.get("input")).put("breaks",
				List.of(Map.of("fromKg", "0", "pricePerKg", "1.23456")));
		DocumentContext precise = Api.as(port, "operator").execute(PUBLISH, tooPrecise).data();
		assertThat(errorCode(precise)).isEqualTo("INVALID");
		assertThat(precise.read("$.data.rateCardPublish.userErrors[0].field", List.class)).containsExactly("input",
				"breaks", "0", "pricePerKg");

		// A bounded window, then one overlapping it.
		assertThat(Api.as(port, "operator")
			.execute(PUBLISH, publishInput(laneId, from, from.plusMonths(1)))
			.data()
			.read("$.data.rateCardPublish.userErrors", List.class)).isEmpty();
		assertThat(errorCode(Api.as(port, "operator")
			.execute(PUBLISH, publishInput(laneId, from.plusDays(10), from.plusMonths(2)))
			.data())).isEqualTo("OVERLAPPING_VALIDITY");

		assertThat(
				errorCode(Api.as(port, "acme").execute(PUBLISH, publishInput(laneId, from.plusYears(1), null)).data()))
			.isEqualTo("NOT_PERMITTED");
		assertThat(errorCode(Api.as(port, "operator")
			.execute(PUBLISH, publishInput(GlobalId.encode("Lane", UUID.randomUUID()), from.plusYears(1), null))
			.data())).isEqualTo("NOT_FOUND");
		int after = Api.as(port, "operator")
			.execute("query($lane: ID!) { rateCards(laneId: $lane) { version } }", Map.of("lane", laneId))
			.data()
			.read("$.data.rateCards.length()");
		assertThat(after).as("only the one valid card was added").isEqualTo(before + 1);
	}

	@Test
	void quoteInputIsValidated() {
		Map<String, Object> input = Map.of("input",
				Map.of("programId", Fixtures.programId(Fixtures.EU_CONSUMER), "originHubId",
						GlobalId.encode("Hub", MAD), "pieces", List.of(Map.of("weightKg", "-3", "quantity", 0))));
		DocumentContext answer = Api.as(port, "acme").execute(QUOTE, input).data();
		assertThat(answer.read("$.data.laneQuote.quote", Object.class)).isNull();
		assertThat(answer.read("$.data.laneQuote.userErrors[*].code", List.class)).contains("OUT_OF_RANGE");
		Map<String, Object> elsewhere = Map.of("input",
				Map.of("programId", Fixtures.programId(Fixtures.EU_CONSUMER), "originHubId",
						GlobalId.encode("Hub", UUID.fromString("a0000000-0000-4000-8000-000000000002")), "pieces",
						List.of(Map.of("weightKg", "3"))));
		assertThat(errorCodeOf(Api.as(port, "acme").execute(QUOTE, elsewhere).data())).isEqualTo("ORIGIN_NOT_SERVED");
	}

	static String errorCode(DocumentContext answer) {
		return answer.read("$.data.rateCardPublish.userErrors[0].code", String.class);
	}

	static String errorCodeOf(DocumentContext answer) {
		return answer.read("$.data.laneQuote.userErrors[0].code", String.class);
	}

	static Map<String, Object> publishInput(String laneId, OffsetDateTime from, OffsetDateTime to) {
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("laneId", laneId);
		input.put("currency", "EUR");
		input.put("validFrom", from.toString());
		input.put("validTo", (to != null) ? to.toString() : null);
		input.put("breaks", List.of(Map.of("fromKg", "0", "pricePerKg", "6.10"),
				Map.of("fromKg", "45", "pricePerKg", "4.90"), Map.of("fromKg", "100", "pricePerKg", "4.10")));
		input.put("minimumCharge", "90.00");
		input.put("fuelSurchargePercent", "21.5");
		input.put("accessorials", Map.of("dangerousGoods", "80", "pickup", "30", "customsClearance", "55"));
		input.put("loadCapacityKg", "3500");
		return new java.util.HashMap<>(Map.of("input", input));
	}

}
