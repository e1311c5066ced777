package io.homeward.platform.shared;

import java.util.List;

/**
 * Thrown inside a command's transaction when it must refuse after having written
 * something (an idempotency key, a serial): the exception rolls the transaction back, so
 * nothing stays, and the module's service turns it into the refused outcome at the
 * transaction's boundary. An expected outcome, not an error: no stack trace.
 */
public final class Refusal extends RuntimeException {

	private final List<UserError> errors;

	public Refusal(List<UserError> errors) {
		super("Refused: " + errors, null, false, false);
		this.errors = List.copyOf(errors);
	}

	public static Refusal of(String field, ErrorCode code, String message) {
		return new Refusal(List.of(UserError.of(field, code, message)));
	}

	public List<UserError> errors() {
		return errors;
	}

}
