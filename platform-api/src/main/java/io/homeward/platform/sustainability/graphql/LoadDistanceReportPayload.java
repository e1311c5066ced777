package io.homeward.platform.sustainability.graphql;

import java.util.List;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

record LoadDistanceReportPayload(@Nullable Load load, List<UserError> userErrors) {

	static LoadDistanceReportPayload of(Outcome<Load> outcome) {
		return new LoadDistanceReportPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
