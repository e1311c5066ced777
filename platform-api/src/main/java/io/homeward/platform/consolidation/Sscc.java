package io.homeward.platform.consolidation;

import java.util.Optional;

/**
 * A GS1 Serial Shipping Container Code: 18 digits, the extension digit, the GS1 company
 * prefix, the serial reference and the GS1 mod-10 check digit (GS1 General
 * Specifications, section 7.9). Cannot be built invalid.
 */
public record Sscc(String value) {

	public Sscc {
		if (value == null || !value.matches("[0-9]{18}")
				|| checkDigit(value.substring(0, 17)) != value.charAt(17) - '0') {
			throw new IllegalArgumentException("Not an SSCC: " + value);
		}
	}

	public static Optional<Sscc> parse(String text) {
		try {
			return Optional.of(new Sscc(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The SSCC of one serial reference: the serial is padded to fill the 16 digits the
	 * prefix leaves.
	 * @throws IllegalArgumentException when the serial does not fit the prefix's capacity
	 */
	public static Sscc of(int extensionDigit, String companyPrefix, long serial) {
		int serialDigits = 16 - companyPrefix.length();
		if (extensionDigit < 0 || extensionDigit > 9 || !companyPrefix.matches("[0-9]{6,12}") || serial < 0
				|| serial >= capacity(companyPrefix)) {
			throw new IllegalArgumentException("No SSCC for serial " + serial + " under prefix " + companyPrefix);
		}
		String body = extensionDigit + companyPrefix + String.format("%0" + serialDigits + "d", serial);
		return new Sscc(body + checkDigit(body));
	}

	/** How many serial references a company prefix leaves room for. */
	public static long capacity(String companyPrefix) {
		return (long) Math.pow(10, 16 - companyPrefix.length());
	}

	/**
	 * The GS1 mod-10 check digit of the digits before it: weights 3 and 1 alternate from
	 * the rightmost digit, and the check digit brings the sum up to a multiple of ten.
	 */
	static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			sum += (i % 2 == 0) ? 3 * digit : digit;
		}
		return (10 - sum % 10) % 10;
	}

	/**
	 * As printed under the barcode, with its application identifier:
	 * (00)106141411234567897.
	 */
	public String humanReadable() {
		return "(00)" + value;
	}

	@Override
	public String toString() {
		return value;
	}

}
