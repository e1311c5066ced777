package io.homeward.platform.network.graphql;

import java.util.List;

import io.homeward.platform.network.ProgramMembership;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code programJoin} and {@code programLeave}: the membership, or the
 * problem under {@code input}.
 */
record ProgramMembershipPayload(@Nullable ProgramMembership membership, List<UserError> userErrors) {

	static ProgramMembershipPayload of(Outcome<ProgramMembership> outcome) {
		return new ProgramMembershipPayload(outcome.valueOrNull(), Inputs.underInput(outcome));
	}

}
