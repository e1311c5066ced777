package io.homeward.platform.pricing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.homeward.infra.local.LocalServices;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * QUALITY case 24: Redis stopped mid-load. Quotes (whose rate cards Redis caches), pages
 * of returns and the viewer keep coming from two shippers while Redis goes away and comes
 * back: no request fails or waits out the client's 30-second timeout (Redis's own 500 ms
 * timeout bounds each attempt), each shipper keeps its own price (Acme has 5 % off in
 * EU-CONSUMER, Globex has not), the cost rate limits let requests through while they
 * cannot be counted, and once Redis is back the cache and the limits work again.
 */
@IntegrationTest
class RedisOutageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	StringRedisTemplate redis;

	@Test
	void redisStoppedUnderLoadCostsNoRequestAndMixesNoPrices() throws Exception {
		Map<String, String> prices = Map.of("acme", total("acme"), "globex", total("globex"));
		assertThat(prices.get("acme")).isNotEqualTo(prices.get("globex"));
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean redisDown = new AtomicBoolean();
		AtomicInteger duringOutage = new AtomicInteger();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService load = Executors.newFixedThreadPool(4);
		List<String> users = List.of("acme", "globex", "acme", "globex");
		for (String user : users) {
			load.submit(() -> {
				while (running.get()) {
					try {
						Api.Result quote = Api.as(port, user)
							.execute(PricingIntegrationTests.QUOTE, PricingIntegrationTests.quoteInput());
						String total = quote.data().read("$.data.laneQuote.quote.pooled.total", String.class);
						if (!prices.get(user).equals(total)) {
							failures.add(user + " was quoted " + total + " instead of " + prices.get(user));
						}
						Api.as(port, user).execute("{ returns(first: 5) { edges { node { rmaNumber } } } }").data();
						Api.as(port, user).execute("{ viewer { organization { name } } }").data();
						if (redisDown.get()) {
							duringOutage.incrementAndGet();
						}
					}
					catch (AssertionError | RuntimeException ex) {
						failures.add(user + ": " + ex.getMessage());
					}
				}
			});
		}
		double fallbacks = meters.counter("homeward.pricing.cache", "result", "fallback").count();
		try {
			Thread.sleep(1_000);
			LocalServices.shared().stopRedis();
			redisDown.set(true);
			Thread.sleep(5_000);
		}
		finally {
			redisDown.set(false);
			LocalServices.shared().startRedis();
		}
		Thread.sleep(3_000);
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		assertThat(failures).isEmpty();
		assertThat(duringOutage.get()).as("rounds served while Redis was down").isPositive();
		assertThat(meters.counter("homeward.pricing.cache", "result", "fallback").count()).isGreaterThan(fallbacks);
		// Back: the cache is read again and the organization's bucket is kept again.
		String bucket = "homeward:rate:organization-cost:" + Fixtures.ACME;
		await("Redis in use again").atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
			double hits = meters.counter("homeward.pricing.cache", "result", "hit").count();
			assertThat(total("acme")).isEqualTo(prices.get("acme"));
			assertThat(meters.counter("homeward.pricing.cache", "result", "hit").count()).isGreaterThan(hits);
			assertThat(redis.hasKey(bucket)).isTrue();
		});
		assertThat(total("globex")).isEqualTo(prices.get("globex"));
	}

	private String total(String user) {
		return Api.as(port, user)
			.execute(PricingIntegrationTests.QUOTE, PricingIntegrationTests.quoteInput())
			.data()
			.read("$.data.laneQuote.quote.pooled.total", String.class);
	}

}
