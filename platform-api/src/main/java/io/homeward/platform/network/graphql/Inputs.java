package io.homeward.platform.network.graphql;

import java.util.List;

import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;

/** What every mutation of this adapter does with a refusal. */
final class Inputs {

	private Inputs() {
	}

	/**
	 * The errors of a command, with their paths under the mutation's {@code input}
	 * argument, where clients read them.
	 */
	static List<UserError> underInput(Outcome<?> outcome) {
		return outcome.errors().stream().map((error) -> error.under("input")).toList();
	}

}
