package io.homeward.platform.shared.ratelimit;

import java.time.Duration;

/**
 * A token bucket: at most {@code capacity} at once, refilled by {@code capacity} over
 * {@code period}, greedily (a token every {@code period / capacity}), so a client that
 * stays under the average rate is never refused and one that bursts waits only for the
 * next token.
 *
 * @param name the limit's name, part of every bucket's Redis key
 * @param capacity tokens in a full bucket
 * @param period the time to refill an empty bucket
 */
public record RateLimit(String name, long capacity, Duration period) {

	public RateLimit {
		if (!name.matches("[a-z][a-z0-9-]{0,39}")) {
			throw new IllegalArgumentException("a limit's name is lower-case letters, digits and dashes: " + name);
		}
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
		}
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("period must be positive, not " + period);
		}
	}

}
