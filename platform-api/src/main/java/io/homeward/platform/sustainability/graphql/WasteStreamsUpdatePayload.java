package io.homeward.platform.sustainability.graphql;

import java.util.List;

import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.sustainability.WasteStream;

record WasteStreamsUpdatePayload(List<WasteStream> streams, List<UserError> userErrors) {

	static WasteStreamsUpdatePayload of(Outcome<List<WasteStream>> outcome) {
		List<WasteStream> streams = outcome.valueOrNull();
		return new WasteStreamsUpdatePayload((streams != null) ? streams : List.of(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
