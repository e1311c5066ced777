package io.homeward.platform.consolidation.graphql;

import java.util.List;

import io.homeward.platform.consolidation.ReceiptOutcome;
import org.jspecify.annotations.Nullable;

record ReceiptLineInput(String parcelId, ReceiptOutcome outcome, @Nullable String note,
		@Nullable List<String> photoRefs) {

}
