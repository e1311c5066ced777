package io.homeward.platform.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The UN number of dangerous goods: four digits, 0004–3599 ("3481" for UN 3481). */
public record UnNumber(String digits) {

	private static final Pattern UN = Pattern.compile("(?:UN\\s?)?(\\d{4})");

	public UnNumber {
		if (!valid(digits)) {
			throw new IllegalArgumentException("Not a UN number: " + digits);
		}
	}

	/** Reads "UN3481", "UN 3481" or "3481". */
	public static Optional<UnNumber> parse(String text) {
		Matcher matcher = UN.matcher(text.trim().toUpperCase(Locale.ROOT));
		return (matcher.matches() && valid(matcher.group(1))) ? Optional.of(new UnNumber(matcher.group(1)))
				: Optional.empty();
	}

	private static boolean valid(String digits) {
		if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int number = Integer.parseInt(digits);
		return number >= 4 && number <= 3599;
	}

	/**
	 * Lithium cells and batteries, alone or with equipment (UN 3090, 3091, 3480, 3481).
	 */
	public boolean isLithiumBattery() {
		return digits.equals("3090") || digits.equals("3091") || digits.equals("3480") || digits.equals("3481");
	}

	@Override
	public String toString() {
		return digits;
	}

}
