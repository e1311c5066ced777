package io.homeward.platform.shared;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Parsers for the trade codes items carry. Each returns the normalized value or null when
 * the input is not a valid code, so callers decide how to report it.
 */
public final class Codes {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern HS = Pattern.compile("\\d{6,10}");

	private static final Pattern EWC = Pattern.compile("(\\d{2})\\s?(\\d{2})\\s?(\\d{2})(\\*?)");

	private static final Pattern UN = Pattern.compile("(?:UN\\s?)?(\\d{4})");

	private Codes() {
	}

	/** ISO 3166-1 alpha-2, upper case, as the JDK lists them. */
	public static @Nullable String country(String value) {
		String upper = value.trim().toUpperCase(Locale.ROOT);
		return COUNTRIES.contains(upper) ? upper : null;
	}

	/** ISO 4217 currency code the JDK knows. */
	public static @Nullable String currency(String value) {
		String upper = value.trim().toUpperCase(Locale.ROOT);
		if (upper.length() != 3) {
			return null;
		}
		try {
			return Currency.getInstance(upper).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Harmonized System code of 6 to 10 digits (dots and spaces allowed as separators).
	 * The chapter, its first two digits, must be 01–97 and not 77, which is reserved; 98
	 * and 99 are for national use and do not classify goods.
	 */
	public static @Nullable String hsCode(String value) {
		String digits = value.replace(".", "").replace(" ", "");
		if (!HS.matcher(digits).matches()) {
			return null;
		}
		int chapter = Integer.parseInt(digits.substring(0, 2));
		return (chapter >= 1 && chapter <= 97 && chapter != 77) ? digits : null;
	}

	/**
	 * European Waste Catalogue (List of Waste) entry: six digits in chapters 01–20,
	 * written with or without spaces, an asterisk marking hazardous waste.
	 */
	public static @Nullable WasteCode wasteCode(String value) {
		Matcher matcher = EWC.matcher(value.trim());
		if (!matcher.matches()) {
			return null;
		}
		int chapter = Integer.parseInt(matcher.group(1));
		if (chapter < 1 || chapter > 20 || matcher.group(2).equals("00") || matcher.group(3).equals("00")) {
			return null;
		}
		return new WasteCode(matcher.group(1) + matcher.group(2) + matcher.group(3), !matcher.group(4).isEmpty());
	}

	/**
	 * UN number of dangerous goods, four digits 0004–3599, with or without the "UN"
	 * prefix.
	 */
	public static @Nullable String unNumber(String value) {
		Matcher matcher = UN.matcher(value.trim().toUpperCase(Locale.ROOT));
		if (!matcher.matches()) {
			return null;
		}
		int number = Integer.parseInt(matcher.group(1));
		return (number >= 4 && number <= 3599) ? matcher.group(1) : null;
	}

	/** A List of Waste entry: six digits, and whether the list marks it hazardous. */
	public record WasteCode(String code, boolean hazardous) {

		public String display() {
			return code.substring(0, 2) + " " + code.substring(2, 4) + " " + code.substring(4) + (hazardous ? "*" : "");
		}

	}

}
