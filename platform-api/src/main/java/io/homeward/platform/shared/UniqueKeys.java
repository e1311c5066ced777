package io.homeward.platform.shared;

import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Tells a write that lost a race for a unique key from any other failure. A service
 * checks a key before it writes, but a concurrent transaction can take the key between
 * the check and the commit; the database's unique constraint then refuses the write, and
 * that refusal is the same user error the check gives (for example {@code TAKEN}), never
 * an internal error. Only the named constraint counts: any other violation stays the
 * failure it is.
 */
public final class UniqueKeys {

	private UniqueKeys() {
	}

	/**
	 * Whether {@code failure} or one of its causes is a violation of {@code constraint}.
	 */
	public static boolean violated(Throwable failure, String constraint) {
		for (@Nullable
		Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation
					&& violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE
					&& constraint.equalsIgnoreCase(violation.getConstraintName())) {
				return true;
			}
		}
		return false;
	}

}
