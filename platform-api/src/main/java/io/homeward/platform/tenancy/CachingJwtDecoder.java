package io.homeward.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens that Boot's decoder has fully validated (signature, issuer, audience,
 * times), so a client sending the same token with each request pays for the RSA signature
 * check once, not every time: it was a tenth of a small request's CPU.
 * <p>
 * The key is the whole token text, so only the very same bytes hit; a token is kept at
 * most {@link #AT_MOST}, and never past its own expiry, so the cache cannot extend a
 * token's life. A refused token is not kept: it is checked again each time.
 */
final class CachingJwtDecoder implements JwtDecoder {

	static final Duration AT_MOST = Duration.ofMinutes(1);

	private final JwtDecoder validating;

	private final Clock clock;

	private final Cache<String, Jwt> validated;

	CachingJwtDecoder(JwtDecoder validating, Clock clock) {
		this.validating = validating;
		this.clock = clock;
		this.validated = Caffeine.newBuilder()
			.maximumSize(20_000)
			.ticker(() -> clock.millis() * 1_000_000)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt)))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = validated.getIfPresent(token);
		if (cached != null) {
			return cached;
		}
		Jwt jwt = validating.decode(token);
		if (lifetime(jwt).isPositive()) {
			validated.put(token, jwt);
		}
		return jwt;
	}

	private Duration lifetime(Jwt jwt) {
		Instant expires = jwt.getExpiresAt();
		if (expires == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(clock.instant(), expires);
		return (left.compareTo(AT_MOST) < 0) ? left : AT_MOST;
	}

}
