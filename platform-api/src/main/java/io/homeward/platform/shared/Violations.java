package io.homeward.platform.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Collects {@link UserError}s while an input is checked, so a client learns of every
 * problem at once and nothing is changed while any remains.
 */
public final class Violations {

	private final List<UserError> errors = new ArrayList<>();

	public Violations add(String field, ErrorCode code, String message) {
		errors.add(UserError.of(field, code, message));
		return this;
	}

	/** Checks a required string's presence and length. */
	public boolean text(String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			add(field, CommonErrorCode.REQUIRED, "must not be blank");
			return false;
		}
		return optionalText(field, value, maxLength);
	}

	public boolean optionalText(String field, @Nullable String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			add(field, CommonErrorCode.TOO_LONG, "must be at most " + maxLength + " characters");
			return false;
		}
		return true;
	}

	public boolean pattern(String field, @Nullable String value, int maxLength, String regex, String description) {
		if (!text(field, value, maxLength)) {
			return false;
		}
		if (!value.matches(regex)) {
			add(field, CommonErrorCode.INVALID, "must be " + description);
			return false;
		}
		return true;
	}

	public boolean range(String field, @Nullable Integer value, int min, int max) {
		if (value == null) {
			add(field, CommonErrorCode.REQUIRED, "is required");
			return false;
		}
		if (value < min || value > max) {
			add(field, CommonErrorCode.OUT_OF_RANGE, "must be between " + min + " and " + max);
			return false;
		}
		return true;
	}

	/**
	 * A positive (or, if allowed, zero) decimal within a maximum and a number of fraction
	 * digits.
	 */
	public boolean decimal(String field, @Nullable BigDecimal value, boolean zeroAllowed, BigDecimal max, int scale) {
		if (value == null) {
			add(field, CommonErrorCode.REQUIRED, "is required");
			return false;
		}
		int sign = value.signum();
		if (sign < 0 || (sign == 0 && !zeroAllowed) || value.compareTo(max) > 0) {
			add(field, CommonErrorCode.OUT_OF_RANGE,
					(zeroAllowed ? "must be between 0 and " : "must be greater than 0 and at most ")
							+ max.toPlainString());
			return false;
		}
		if (value.stripTrailingZeros().scale() > scale) {
			add(field, CommonErrorCode.INVALID, "must have at most " + scale + " decimal places");
			return false;
		}
		return true;
	}

	/**
	 * Parses a required code into its value type; reports {@code code} when it is not
	 * one.
	 * @return the value, or null when a violation was recorded
	 */
	public <T> @Nullable T parse(String field, @Nullable String value, Function<String, Optional<T>> parser,
			ErrorCode code, String message) {
		if (value == null || value.isBlank()) {
			add(field, CommonErrorCode.REQUIRED, "is required");
			return null;
		}
		Optional<T> parsed = (value.length() > 32) ? Optional.empty() : parser.apply(value);
		if (parsed.isEmpty()) {
			add(field, code, message);
			return null;
		}
		return parsed.get();
	}

	/** As {@link #parse}, for a field that may be left out: null is then no violation. */
	public <T> @Nullable T parseOptional(String field, @Nullable String value, Function<String, Optional<T>> parser,
			ErrorCode code, String message) {
		return (value == null) ? null : parse(field, value, parser, code, message);
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<UserError> errors() {
		return Collections.unmodifiableList(errors);
	}

}
