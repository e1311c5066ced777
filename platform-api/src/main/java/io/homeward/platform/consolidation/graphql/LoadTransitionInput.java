package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.LoadTransition;
import io.homeward.platform.shared.GlobalId;

record LoadTransitionInput(String loadId, int version) {

	LoadTransition toCommand(LoadStatus target) {
		return new LoadTransition(GlobalId.decodeOrNone(loadId, Load.TYPE), version, target, null);
	}

}
