package io.homeward.platform.network.graphql;

import java.util.List;

import io.homeward.platform.network.Lane;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code laneUpdate}: the lane as changed, or every problem under
 * {@code input}.
 */
record LaneUpdatePayload(@Nullable Lane lane, List<UserError> userErrors) {

	static LaneUpdatePayload of(Outcome<Lane> outcome) {
		return new LaneUpdatePayload(outcome.valueOrNull(), Inputs.underInput(outcome));
	}

}
