package io.homeward.platform.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** An exact amount in an ISO 4217 currency. */
public record Money(BigDecimal amount, Currency currency) {

	/** An ISO 4217 code the JDK knows, in any case; empty when it is none. */
	public static Optional<Currency> currency(String code) {
		String upper = code.trim().toUpperCase(Locale.ROOT);
		if (upper.length() != 3) {
			return Optional.empty();
		}
		try {
			return Optional.of(Currency.getInstance(upper));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
