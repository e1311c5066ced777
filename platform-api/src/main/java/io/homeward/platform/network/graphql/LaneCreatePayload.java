package io.homeward.platform.network.graphql;

import java.util.List;

import io.homeward.platform.network.Lane;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code laneCreate}: the lane opened, or every problem under
 * {@code input}.
 */
record LaneCreatePayload(@Nullable Lane lane, List<UserError> userErrors) {

	static LaneCreatePayload of(Outcome<Lane> outcome) {
		return new LaneCreatePayload(outcome.valueOrNull(), Inputs.underInput(outcome));
	}

}
