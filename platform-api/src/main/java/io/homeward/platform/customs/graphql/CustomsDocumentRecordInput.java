package io.homeward.platform.customs.graphql;

import java.time.LocalDate;
import java.util.List;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.customs.CustomsDocumentKind;
import io.homeward.platform.customs.DocumentRecord;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record CustomsDocumentRecordInput(String idempotencyKey, String loadId, CustomsDocumentKind kind,
		@Nullable String reference, @Nullable String issuer, LocalDate validFrom, @Nullable LocalDate validUntil,
		List<String> itemIds) {

	DocumentRecord toCommand() {
		return new DocumentRecord(idempotencyKey, GlobalId.decodeOrNone(loadId, Load.TYPE), kind, reference, issuer,
				validFrom, validUntil,
				itemIds.stream()
					.map((id) -> GlobalId.decodeOrNone(id, CustomsDocumentController.RETURN_ITEM))
					.toList());
	}

}
