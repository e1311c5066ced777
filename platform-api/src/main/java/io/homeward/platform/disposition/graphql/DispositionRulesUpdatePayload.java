package io.homeward.platform.disposition.graphql;

import java.util.List;

import io.homeward.platform.disposition.DispositionPolicy;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

record DispositionRulesUpdatePayload(@Nullable DispositionPolicy dispositionRules, List<UserError> userErrors) {

	static DispositionRulesUpdatePayload of(Outcome<DispositionPolicy> outcome) {
		return new DispositionRulesUpdatePayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
