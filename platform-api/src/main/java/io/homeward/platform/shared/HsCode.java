package io.homeward.platform.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Harmonized System code: the 6-digit subheading used worldwide and, when given, a
 * national extension of up to 4 more digits (kept, as declarations need it). The chapter,
 * its first two digits, is 01–97 and not 77, which is reserved; 98 and 99 are for
 * national use and classify no goods.
 */
public record HsCode(String digits) {

	private static final Pattern DIGITS = Pattern.compile("\\d{6,10}");

	public HsCode {
		if (!valid(digits)) {
			throw new IllegalArgumentException("Not an HS code: " + digits);
		}
	}

	/** Reads 6 to 10 digits, dots and spaces allowed as separators ("6306.22"). */
	public static Optional<HsCode> parse(String text) {
		String digits = text.replace(".", "").replace(" ", "");
		return valid(digits) ? Optional.of(new HsCode(digits)) : Optional.empty();
	}

	private static boolean valid(String digits) {
		if (!DIGITS.matcher(digits).matches()) {
			return false;
		}
		int chapter = Integer.parseInt(digits.substring(0, 2));
		return chapter >= 1 && chapter <= 97 && chapter != 77;
	}

	public int chapter() {
		return Integer.parseInt(digits.substring(0, 2));
	}

	/** The internationally harmonized part: the first six digits. */
	public String subheading() {
		return digits.substring(0, 6);
	}

	@Override
	public String toString() {
		return digits;
	}

}
