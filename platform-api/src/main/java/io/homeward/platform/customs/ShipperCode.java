package io.homeward.platform.customs;

import java.nio.ByteBuffer;
import java.util.UUID;

import io.homeward.platform.shared.Sha256;

/**
 * A short code for a shipper in its invoice numbers: eight characters of Crockford's base
 * 32 (no I, L, O or U, so none is misread) from the SHA-256 of the shipper's id. Derived
 * from the shipper alone, so the number of one shipper's invoice says nothing of the
 * other shippers of the load, not even how many there are; and stable, so the same
 * invoice keeps its number whenever it is printed. Forty bits: two shippers of one load
 * share a code with a chance of one in a trillion or so, and the invoices refuse to be
 * built then rather than give two the same number.
 */
final class ShipperCode {

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final int LENGTH = 8;

	private ShipperCode() {
	}

	static String of(UUID shipperId) {
		byte[] digest = sha256(ByteBuffer.allocate(16)
			.putLong(shipperId.getMostSignificantBits())
			.putLong(shipperId.getLeastSignificantBits())
			.array());
		long bits = 0;
		for (int i = 0; i < 5; i++) {
			bits = (bits << 8) | (digest[i] & 0xff);
		}
		char[] code = new char[LENGTH];
		for (int i = LENGTH - 1; i >= 0; i--) {
			code[i] = ALPHABET[(int) (bits & 31)];
			bits >>>= 5;
		}
		return new String(code);
	}

	private static byte[] sha256(byte[] bytes) {
		return Sha256.digest(bytes);
	}

}
