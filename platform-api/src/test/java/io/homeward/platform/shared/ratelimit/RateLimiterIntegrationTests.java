package io.homeward.platform.shared.ratelimit;

import java.time.Duration;
import java.util.UUID;

import io.homeward.infra.local.LocalServices;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Token buckets in the real Redis, shared by every instance that uses it. */
@IntegrationTest
class RateLimiterIntegrationTests {

	@Autowired
	RateLimiter limiter;

	@Autowired
	LettuceConnectionFactory connections;

	@Autowired
	StringRedisTemplate redis;

	private static String client() {
		return "test-" + UUID.randomUUID();
	}

	@Test
	void aBucketAllowsItsCapacityThenRefusesWithTheWaitForTheNextToken() {
		RateLimit limit = new RateLimit("test-burst", 3, Duration.ofMinutes(1));
		String client = client();
		for (int i = 2; i >= 0; i--) {
			RateDecision decision = limiter.consume(limit, client, 1);
			assertThat(decision.allowed()).isTrue();
			assertThat(decision.remaining()).isEqualTo(i);
		}
		RateDecision refused = limiter.consume(limit, client, 1);
		assertThat(refused.allowed()).isFalse();
		// One token every 20 s: the wait is at most that, and whole seconds round up.
		assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
		// Another client has its own bucket.
		assertThat(limiter.consume(limit, client(), 1).allowed()).isTrue();
	}

	@Test
	void aRefusedRequestTakesNothingAndSeveralTokensAreTakenTogetherOrNotAtAll() {
		RateLimit limit = new RateLimit("test-weighted", 10, Duration.ofMinutes(10));
		String client = client();
		assertThat(limiter.consume(limit, client, 7).remaining()).isEqualTo(3);
		assertThat(limiter.consume(limit, client, 5).allowed()).isFalse();
		assertThat(limiter.consume(limit, client, 3).allowed()).isTrue();
	}

	@Test
	void twoInstancesShareOneBucketThroughRedis() {
		RateLimiter other = new RateLimiter(connections);
		RateLimit limit = new RateLimit("test-shared", 4, Duration.ofHours(1));
		String client = client();
		assertThat(limiter.consume(limit, client, 2).allowed()).isTrue();
		assertThat(other.consume(limit, client, 2).allowed()).isTrue();
		assertThat(limiter.consume(limit, client, 1).allowed()).isFalse();
		assertThat(other.consume(limit, client, 1).allowed()).isFalse();
		// The bucket is one Redis key, named by the limit and the client.
		assertThat(redis.hasKey("homeward:rate:test-shared:" + client)).isTrue();
	}

	@Test
	void withRedisStoppedAChecksFailsAtOnceAndWorksAgainWhenItIsBack() {
		RateLimit limit = new RateLimit("test-outage", 100, Duration.ofMinutes(1));
		String client = client();
		assertThat(limiter.consume(limit, client, 1).allowed()).isTrue();
		LocalServices.shared().stopRedis();
		try {
			assertThatExceptionOfType(RateLimitUnavailableException.class)
				.isThrownBy(() -> limiter.consume(limit, client, 1));
		}
		finally {
			LocalServices.shared().startRedis();
		}
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(limiter.consume(limit, client, 1).allowed()).isTrue());
	}

	@Test
	void limitsAreNamedAndSizedSensibly() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RateLimit("Has Spaces", 1, Duration.ofSeconds(1)));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RateLimit("zero", 0, Duration.ofSeconds(1)));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new RateLimit("instant", 1, Duration.ZERO));
		assertThat(new RateDecision(false, 0, Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
		assertThat(new RateDecision(false, 0, Duration.ofSeconds(3)).retryAfterSeconds()).isEqualTo(3);
		assertThat(new RateDecision(true, 5, Duration.ZERO).retryAfterSeconds()).isZero();
	}

}
