package io.homeward.platform.disposition.graphql;

import java.util.List;

import io.homeward.platform.disposition.ItemGrading;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

record ItemGradePayload(@Nullable ItemGrading grading, List<UserError> userErrors) {

	static ItemGradePayload of(Outcome<ItemGrading> outcome) {
		return new ItemGradePayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
