package io.homeward.platform.returns;

import java.security.SecureRandom;

/**
 * Public tracking codes: "HW" and 16 Crockford base32 characters, 80 random bits, so a
 * code cannot be guessed from another and reads well aloud (no I, L, O or U).
 */
final class TrackingCodes {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingCodes() {
	}

	static String next() {
		byte[] bytes = new byte[10];
		RANDOM.nextBytes(bytes);
		StringBuilder code = new StringBuilder("HW");
		long buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xFF);
			bits += 8;
			while (bits >= 5) {
				code.append(ALPHABET[(int) ((buffer >> (bits - 5)) & 31)]);
				bits -= 5;
			}
		}
		return code.toString();
	}

}
