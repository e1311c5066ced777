package io.homeward.platform.sustainability.graphql;

import java.util.List;

import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.sustainability.SustainabilityReport;
import org.jspecify.annotations.Nullable;

record SustainabilityReportPayload(@Nullable SustainabilityReport report, List<UserError> userErrors) {

	static SustainabilityReportPayload of(Outcome<SustainabilityReport> outcome) {
		return new SustainabilityReportPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
