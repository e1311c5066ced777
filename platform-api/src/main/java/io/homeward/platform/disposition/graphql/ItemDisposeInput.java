package io.homeward.platform.disposition.graphql;

import java.math.BigDecimal;

import io.homeward.platform.disposition.Disposition;
import io.homeward.platform.disposition.EsprDerogation;
import io.homeward.platform.disposition.ItemDispose;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record ItemDisposeInput(String idempotencyKey, String itemId, Disposition disposition,
		@Nullable String wasteOperationCode, @Nullable EsprDerogation derogation, @Nullable String derogationEvidence,
		@Nullable String note, @Nullable RecoveryValueInput recoveryValue, @Nullable String overrideReason) {

	record RecoveryValueInput(BigDecimal amount, String currency) {

	}

	ItemDispose toCommand() {
		return new ItemDispose(idempotencyKey, GlobalId.decodeOrNone(itemId, DispositionController.RETURN_ITEM),
				disposition, wasteOperationCode, derogation, derogationEvidence, note,
				(recoveryValue != null) ? recoveryValue.amount() : null,
				(recoveryValue != null) ? recoveryValue.currency() : null, overrideReason);
	}

}
