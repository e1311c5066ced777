package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.UnitSeal;
import io.homeward.platform.shared.GlobalId;

record UnitCloseInput(String unitId, String sealNumber) {

	UnitSeal toCommand() {
		return new UnitSeal(GlobalId.decodeOrNone(unitId, HandlingUnit.TYPE), sealNumber, null);
	}

}
