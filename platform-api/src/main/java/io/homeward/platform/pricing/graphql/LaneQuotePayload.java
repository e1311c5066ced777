package io.homeward.platform.pricing.graphql;

import java.util.List;

import io.homeward.platform.pricing.LaneQuote;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/** {@code LaneQuotePayload}: the quote, or why there is none. */
record LaneQuotePayload(@Nullable LaneQuote quote, List<UserError> userErrors) {

	static LaneQuotePayload of(Outcome<LaneQuote> outcome) {
		return new LaneQuotePayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
