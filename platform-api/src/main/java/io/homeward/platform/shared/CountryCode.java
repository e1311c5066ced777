package io.homeward.platform.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case, one the JDK lists. */
public record CountryCode(String value) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public CountryCode {
		if (!COUNTRIES.contains(value)) {
			throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + value);
		}
	}

	/** Reads a code in any case, surrounding spaces ignored; empty when it is none. */
	public static Optional<CountryCode> parse(String text) {
		String upper = text.trim().toUpperCase(Locale.ROOT);
		return COUNTRIES.contains(upper) ? Optional.of(new CountryCode(upper)) : Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}

}
