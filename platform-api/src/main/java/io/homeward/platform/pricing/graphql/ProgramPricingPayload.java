package io.homeward.platform.pricing.graphql;

import java.util.List;

import io.homeward.platform.pricing.ProgramPricing;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * {@code ProgramPricingPayload}, the answer of {@code programPricingUpdate} (the schema's
 * name, kept for existing clients).
 */
record ProgramPricingPayload(@Nullable ProgramPricing programPricing, List<UserError> userErrors) {

	static ProgramPricingPayload of(Outcome<ProgramPricing> outcome) {
		return new ProgramPricingPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
