package io.homeward.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The decoder cache never extends a token's life and never keeps a refused token. */
class CachingJwtDecoderTests {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	/** A clock the test moves. */
	static final class Moving extends Clock {

		Instant now = NOW;

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	static Jwt jwt(Instant expires) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("u")
			.issuedAt(NOW.minusSeconds(10))
			.expiresAt(expires)
			.build();
	}

	@Test
	void aValidatedTokenIsValidatedOnceWhileItLasts() {
		AtomicInteger validations = new AtomicInteger();
		Moving clock = new Moving();
		JwtDecoder validating = (token) -> {
			validations.incrementAndGet();
			return jwt(NOW.plus(Duration.ofMinutes(5)));
		};
		CachingJwtDecoder decoder = new CachingJwtDecoder(validating, clock);
		decoder.decode("token-a");
		decoder.decode("token-a");
		assertThat(validations).hasValue(1);
		decoder.decode("token-b");
		assertThat(validations).as("another token is validated on its own").hasValue(2);
		clock.now = NOW.plus(CachingJwtDecoder.AT_MOST).plusSeconds(1);
		decoder.decode("token-a");
		assertThat(validations).as("kept at most a minute").hasValue(3);
	}

	@Test
	void aTokenIsNeverServedFromTheCachePastItsExpiry() {
		AtomicInteger validations = new AtomicInteger();
		Moving clock = new Moving();
		JwtDecoder validating = (token) -> {
			if (validations.incrementAndGet() > 1) {
				throw new BadJwtException("Jwt expired");
			}
			return jwt(NOW.plusSeconds(20));
		};
		CachingJwtDecoder decoder = new CachingJwtDecoder(validating, clock);
		decoder.decode("short-lived");
		clock.now = NOW.plusSeconds(10);
		decoder.decode("short-lived");
		assertThat(validations).hasValue(1);
		clock.now = NOW.plusSeconds(21);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("short-lived"));
	}

	@Test
	void aRefusedTokenIsCheckedAgainEveryTime() {
		AtomicInteger validations = new AtomicInteger();
		CachingJwtDecoder decoder = new CachingJwtDecoder((token) -> {
			validations.incrementAndGet();
			throw new BadJwtException("bad signature");
		}, new Moving());
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder.decode("forged"));
		}
		assertThat(validations).hasValue(3);
	}

}
