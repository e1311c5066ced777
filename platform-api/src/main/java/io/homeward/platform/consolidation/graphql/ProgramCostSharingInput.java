package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.AllocationMethod;
import io.homeward.platform.consolidation.ProgramCostSharingSet;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;

record ProgramCostSharingInput(String programId, AllocationMethod method) {

	ProgramCostSharingSet toCommand() {
		return new ProgramCostSharingSet(GlobalId.decodeOrNone(programId, Program.TYPE), method);
	}

}
