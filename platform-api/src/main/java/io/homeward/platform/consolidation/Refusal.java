package io.homeward.platform.consolidation;

import java.util.List;

import io.homeward.platform.shared.ErrorCode;
import io.homeward.platform.shared.UserError;

/**
 * Thrown inside a command's transaction when it must refuse after having written
 * something (an idempotency key, a serial): the exception rolls the transaction back, so
 * nothing stays, and the module's services turn it into the refused outcome at the
 * transaction's boundary. An expected outcome, not an error: no stack trace.
 */
final class Refusal extends RuntimeException {

	private final List<UserError> errors;

	Refusal(List<UserError> errors) {
		super("Refused: " + errors, null, false, false);
		this.errors = List.copyOf(errors);
	}

	static Refusal of(String field, ErrorCode code, String message) {
		return new Refusal(List.of(UserError.of(field, code, message)));
	}

	List<UserError> errors() {
		return errors;
	}

}
