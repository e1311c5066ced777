package io.homeward.platform.tracking;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A return's public tracking code as people type it: "HW" and 16 Crockford base32
 * characters (the returns module makes them). Crockford's decoding rules apply, so what
 * was read off a label or said on the phone still finds the return: case does not matter,
 * spaces and dashes are ignored, O reads as 0 and I or L as 1. Anything that is not such
 * a code afterwards is refused before it reaches the database or a rate limit's budget of
 * misses.
 */
final class TrackingCode {

	private static final Pattern CODE = Pattern.compile("HW[0-9A-HJKMNP-TV-Z]{16}");

	/** Long enough for a code with a separator between every character, and no more. */
	static final int MAX_INPUT = 64;

	private TrackingCode() {
	}

	static Optional<String> normalize(String typed) {
		if (typed.length() > MAX_INPUT) {
			return Optional.empty();
		}
		String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (compact.length() != 18 || !compact.startsWith("HW")) {
			return Optional.empty();
		}
		String body = compact.substring(2).replace('O', '0').replace('I', '1').replace('L', '1');
		String code = "HW" + body;
		return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

}
