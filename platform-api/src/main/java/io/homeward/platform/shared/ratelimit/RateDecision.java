package io.homeward.platform.shared.ratelimit;

import java.time.Duration;

/**
 * What a bucket answered: allowed or not, the tokens left, and when a refused client may
 * try again (the HTTP {@code Retry-After}, rounded up to whole seconds).
 */
public record RateDecision(boolean allowed, long remaining, Duration retryAfter) {

	/**
	 * Whole seconds to wait, at least one when refused: what {@code Retry-After} says.
	 */
	public long retryAfterSeconds() {
		if (this.allowed) {
			return 0;
		}
		long seconds = this.retryAfter.toSeconds();
		return (this.retryAfter.toNanosPart() > 0 || seconds == 0) ? seconds + 1 : seconds;
	}

}
