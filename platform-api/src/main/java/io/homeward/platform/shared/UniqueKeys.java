package io.homeward.platform.shared;

import org.hibernate.exception.ConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Tells a write that lost a race for a unique key from any other failure. A service
 * checks a key before it writes, but a concurrent transaction can take the key between
 * the check and the commit; the database's unique constraint then refuses the write, and
 * that refusal is the same user error the check gives (for example {@code TAKEN}), never
 * an internal error. Only the named constraint counts: any other violation stays the
 * failure it is.
 * <p>
 * The refusal reaches a service by either of two ways. Through JPA, Spring's
 * {@code DataIntegrityViolationException} wraps Hibernate's
 * {@link ConstraintViolationException}, which has the constraint's name. Through
 * {@code JdbcClient}, Spring's {@code DuplicateKeyException} wraps the driver's
 * {@link PSQLException} directly, with no Hibernate exception in the chain; its server
 * error message names the constraint, whatever language the server's messages are in.
 */
public final class UniqueKeys {

	/** PostgreSQL's SQLSTATE {@code unique_violation}. */
	private static final String UNIQUE_VIOLATION = "23505";

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
			if (cause instanceof PSQLException driver && UNIQUE_VIOLATION.equals(driver.getSQLState())
					&& constraint.equalsIgnoreCase(constraintOf(driver))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String constraintOf(PSQLException failure) {
		ServerErrorMessage message = failure.getServerErrorMessage();
		return (message != null) ? message.getConstraint() : null;
	}

}
