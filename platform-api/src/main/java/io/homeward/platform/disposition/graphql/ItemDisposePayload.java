package io.homeward.platform.disposition.graphql;

import java.util.List;

import io.homeward.platform.disposition.ItemDispositionEntry;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

record ItemDisposePayload(@Nullable ItemDispositionEntry disposition, List<UserError> userErrors) {

	static ItemDisposePayload of(Outcome<ItemDispositionEntry> outcome) {
		return new ItemDisposePayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
