package io.homeward.platform.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, which every Java platform has: fingerprints of requests and events, digests of
 * photos, codes derived from ids.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static byte[] digest(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** The digest of the bytes, in lower-case hex. */
	public static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(digest(bytes));
	}

	/** The digest of the text's UTF-8, in lower-case hex. */
	public static String hex(String text) {
		return hex(text.getBytes(StandardCharsets.UTF_8));
	}

}
