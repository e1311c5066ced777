package io.homeward.platform.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A European Waste Catalogue (List of Waste) entry: six digits in chapters 01–20, and
 * whether the list marks it hazardous (an asterisk).
 */
public record WasteCode(String code, boolean hazardous) {

	private static final Pattern EWC = Pattern.compile("(\\d{2})\\s?(\\d{2})\\s?(\\d{2})(\\*?)");

	public WasteCode {
		if (!valid(code)) {
			throw new IllegalArgumentException("Not a List of Waste code: " + code);
		}
	}

	/** Reads "16 02 14", "160214" or "16 02 13*". */
	public static Optional<WasteCode> parse(String text) {
		Matcher matcher = EWC.matcher(text.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String code = matcher.group(1) + matcher.group(2) + matcher.group(3);
		return valid(code) ? Optional.of(new WasteCode(code, !matcher.group(4).isEmpty())) : Optional.empty();
	}

	private static boolean valid(String code) {
		if (code.length() != 6 || !code.chars().allMatch(Character::isDigit)) {
			return false;
		}
		int chapter = Integer.parseInt(code.substring(0, 2));
		return chapter >= 1 && chapter <= 20 && !code.substring(2, 4).equals("00") && !code.substring(4).equals("00");
	}

	/** As the list writes it: "16 02 13*". */
	public String display() {
		return code.substring(0, 2) + " " + code.substring(2, 4) + " " + code.substring(4) + (hazardous ? "*" : "");
	}

	@Override
	public String toString() {
		return display();
	}

}
