package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.UnitSeal;
import io.homeward.platform.shared.GlobalId;

record UnitReopenInput(String unitId, String reason) {

	UnitSeal toCommand() {
		return new UnitSeal(GlobalId.decodeOrNone(unitId, HandlingUnit.TYPE), null, reason);
	}

}
