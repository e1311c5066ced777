package io.homeward.platform.tracking;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code homeward.webhooks.*}.
 *
 * @param encryptionKey base64 of the 32-byte AES key the signing secrets are encrypted
 * with at rest; required, no default (the local launcher sets a throw-away one)
 * @param allowLoopbackHttp whether {@code http://} is accepted for a loopback host
 * (127.0.0.1, ::1, localhost): off in production, on in tests and the dev profile
 * @param relayEnabled whether the relay runs on a schedule (tests drive it themselves)
 * @param relayInterval the pause between two runs of the relay
 * @param connectTimeout the HTTP connect timeout of a delivery
 * @param requestTimeout the HTTP timeout of a delivery's whole answer
 * @param backoffBase the wait before the first retry; doubled for each further one
 * @param backoffMax the longest wait between two attempts
 * @param maxAttempts the attempts of one delivery before it is marked FAILED
 * @param disableAfter consecutive failed attempts of an endpoint after which it is
 * disabled, with a notice
 */
@ConfigurationProperties("homeward.webhooks")
record WebhookSettings(@Nullable String encryptionKey, @DefaultValue("false") boolean allowLoopbackHttp,
		@DefaultValue("true") boolean relayEnabled, @DefaultValue("5s") Duration relayInterval,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration requestTimeout,
		@DefaultValue("30s") Duration backoffBase, @DefaultValue("6h") Duration backoffMax,
		@DefaultValue("12") int maxAttempts, @DefaultValue("10") int disableAfter) {

}
