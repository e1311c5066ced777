package io.homeward.platform.consolidation.graphql;

import java.math.BigDecimal;

import io.homeward.platform.consolidation.AllocationMethod;
import io.homeward.platform.consolidation.LoadCostRecord;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record LoadCostRecordInput(String loadId, BigDecimal amount, String currency, String invoiceReference,
		@Nullable AllocationMethod method, @Nullable BigDecimal tolerancePercent) {

	LoadCostRecord toCommand() {
		return new LoadCostRecord(GlobalId.decodeOrNone(loadId, Load.TYPE), amount, currency, invoiceReference, method,
				tolerancePercent);
	}

}
