package io.homeward.platform.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an integrator's receiver does with a Homeward webhook, written out as the
 * reference for docs/domain/tracking.md, "Webhooks" (independent of the platform's own
 * signing code):
 * <ol>
 * <li>read {@code Homeward-Event-Id}, {@code Homeward-Timestamp} (Unix seconds) and
 * {@code Homeward-Signature} ({@code v1=<hex>});</li>
 * <li>refuse a timestamp more than five minutes from now (a captured request replayed
 * later is refused even though its signature is right);</li>
 * <li>compute HMAC-SHA256 keyed with the UTF-8 bytes of the secret as shown
 * ({@code whsec_…}) over the UTF-8 bytes of {@code id + "." + timestamp + "." + body},
 * the body as received, byte for byte; compare in constant time;</li>
 * <li>dedupe on the event id: the platform sends at least once, and a replay keeps the
 * id.</li>
 * </ol>
 */
final class WebhookVerifier {

	static final Duration TOLERANCE = Duration.ofMinutes(5);

	enum Verdict {

		VALID, BAD_SIGNATURE, OUTSIDE_WINDOW, MALFORMED

	}

	private WebhookVerifier() {
	}

	static Verdict verify(String secret, String eventId, String timestamp, String signature, String body, Instant now) {
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			return Verdict.MALFORMED;
		}
		if (Math.abs(now.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
			return Verdict.OUTSIDE_WINDOW;
		}
		if (!signature.startsWith("v1=")) {
			return Verdict.MALFORMED;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = mac.doFinal((eventId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			byte[] given = HexFormat.of().parseHex(signature.substring(3));
			return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
		}
		catch (IllegalArgumentException ex) {
			return Verdict.MALFORMED;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
