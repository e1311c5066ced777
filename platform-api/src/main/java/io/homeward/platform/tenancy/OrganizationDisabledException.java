package io.homeward.platform.tenancy;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller's organization was disabled after its token was issued: the database refused
 * to bind it to a transaction. Answered as any refused access (403, or FORBIDDEN in
 * GraphQL), with this message.
 */
public class OrganizationDisabledException extends AccessDeniedException {

	private static final long serialVersionUID = 1L;

	OrganizationDisabledException(UUID organization) {
		super("The organization " + organization + " is disabled");
	}

	/**
	 * Whether {@code ex} is this refusal, however the transaction manager wrapped it (it
	 * answers a failed begin with a {@code CannotCreateTransactionException}): work done
	 * as an organization in the background skips a disabled one this way.
	 */
	public static boolean isCauseOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof OrganizationDisabledException) {
				return true;
			}
		}
		return false;
	}

}
