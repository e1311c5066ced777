package io.homeward.platform.pricing.graphql;

import java.util.List;

import io.homeward.platform.pricing.RateCard;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/** {@code RateCardPublishPayload}: the new version, or why there is none. */
record RateCardPublishPayload(@Nullable RateCard rateCard, List<UserError> userErrors) {

	static RateCardPublishPayload of(Outcome<RateCard> outcome) {
		return new RateCardPublishPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
