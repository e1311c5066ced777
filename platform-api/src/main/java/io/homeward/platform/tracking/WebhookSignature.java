package io.homeward.platform.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code Homeward-Signature: v1=<hex>}, where hex is the
 * lowercase hex of HMAC-SHA256, keyed with the UTF-8 bytes of the endpoint's secret as
 * shown ({@code whsec_…}), over the UTF-8 bytes of
 * {@code <Homeward-Event-Id>.<Homeward-Timestamp>.<body>} (the timestamp in Unix seconds,
 * the body byte for byte as sent). Signing the id and the time with the body lets a
 * receiver reject a replayed request outside its time window even if the body is the
 * same.
 */
final class WebhookSignature {

	static final String VERSION = "v1";

	private WebhookSignature() {
	}

	static String sign(String secret, String eventId, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((eventId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return VERSION + "=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
