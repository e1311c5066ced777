package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.LoadTransition;
import io.homeward.platform.shared.GlobalId;

record LoadCloseInput(String loadId, int version, String sealNumber) {

	LoadTransition toCommand() {
		return new LoadTransition(GlobalId.decodeOrNone(loadId, Load.TYPE), version, LoadStatus.CLOSED, sealNumber);
	}

}
