package io.homeward.platform.customs.graphql;

import java.util.List;

import io.homeward.platform.customs.CustomsDocument;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

record CustomsDocumentRecordPayload(@Nullable CustomsDocument document, List<UserError> userErrors) {

	static CustomsDocumentRecordPayload of(Outcome<CustomsDocument> outcome) {
		return new CustomsDocumentRecordPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
