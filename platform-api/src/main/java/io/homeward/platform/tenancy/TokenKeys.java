package io.homeward.platform.tenancy;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Where the keys that sign tokens come from: Keycloak's JWK set, fetched with timeouts,
 * kept for {@link #KEPT} and refreshed ahead of that, fetched again for a key id it does
 * not hold at most once per {@link #REFETCH_AT_MOST_EVERY}, and, while Keycloak cannot be
 * reached, served as last fetched for up to {@link #THROUGH_AN_OUTAGE}.
 * <p>
 * Spring's own JWK source fetches again on every token whose key id it does not know,
 * with no limit and no timeout: anyone could make each request of theirs a fetch from
 * Keycloak by inventing key ids, and a Keycloak that stopped answering would hold the
 * fetch's lock with every request queued behind it. The price of the limit: after such a
 * fetch, a key Keycloak has just started signing with is refused for up to
 * {@link #REFETCH_AT_MOST_EVERY}. A rotation that adds the new key passive first
 * (published, not yet signing) and makes it active a minute later is never refused (ADR
 * 0013).
 * <p>
 * Each fetch counts in {@code homeward.jwks.fetches}.
 */
final class TokenKeys implements JWKSetSource<SecurityContext> {

	static final Duration KEPT = Duration.ofMinutes(5);

	static final Duration REFETCH_AT_MOST_EVERY = Duration.ofSeconds(30);

	static final Duration THROUGH_AN_OUTAGE = Duration.ofHours(1);

	private final URLBasedJWKSetSource<SecurityContext> keycloak;

	private final Counter fetches;

	private TokenKeys(URL jwkSetUri, MeterRegistry meters) {
		this.keycloak = new URLBasedJWKSetSource<>(jwkSetUri, new DefaultResourceRetriever(2_000, 3_000, 256 * 1024));
		this.fetches = Counter.builder("homeward.jwks.fetches")
			.description("Fetches of Keycloak's JWK set")
			.register(meters);
	}

	static JWKSource<SecurityContext> source(URL jwkSetUri, MeterRegistry meters) {
		return JWKSourceBuilder.create(new TokenKeys(jwkSetUri, meters))
			.cache(KEPT.toMillis(), 15_000)
			.refreshAheadCache(true)
			.rateLimited(REFETCH_AT_MOST_EVERY.toMillis())
			.retrying(true)
			.outageTolerant(THROUGH_AN_OUTAGE.toMillis())
			.build();
	}

	/**
	 * RS256 keys of the source. A key id the source may not look up again yet is a key it
	 * does not hold: the token is refused as any token with an unknown key (401), not as
	 * a failure of the platform's (Nimbus signals the limit as an exception, which Spring
	 * answers with 500).
	 */
	static JWSKeySelector<SecurityContext> selector(JWKSource<SecurityContext> source) {
		JWSVerificationKeySelector<SecurityContext> rs256 = new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
				source);
		return (header, context) -> {
			try {
				return rs256.selectJWSKeys(header, context);
			}
			catch (RateLimitReachedException ex) {
				return List.of();
			}
		};
	}

	@Override
	public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refresh, long currentTime, SecurityContext context)
			throws KeySourceException {
		this.fetches.increment();
		return this.keycloak.getJWKSet(refresh, currentTime, context);
	}

	@Override
	public void close() throws java.io.IOException {
		this.keycloak.close();
	}

}
