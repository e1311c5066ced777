package io.homeward.platform.shared.ratelimit;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Another platform instance's limiter, for tests elsewhere that show a limit is shared:
 * its own buckets' client over the same Redis.
 */
public final class RateLimiters {

	private RateLimiters() {
	}

	public static RateLimiter anotherInstance(LettuceConnectionFactory connections) {
		return new RateLimiter(connections);
	}

}
