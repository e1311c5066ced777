package io.homeward.platform.shared.ratelimit;

/**
 * The buckets could not be read (Redis is away or too slow). Callers decide whether to
 * fail closed, as the public, unauthenticated endpoints do.
 */
public class RateLimitUnavailableException extends RuntimeException {

	RateLimitUnavailableException(Throwable cause) {
		super("Rate limits are unavailable", cause);
	}

}
