package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.UnitCreate;
import io.homeward.platform.consolidation.UnitKind;
import io.homeward.platform.shared.GlobalId;

record UnitCreateInput(String idempotencyKey, UnitKind kind, String hubId, String programId) {

	UnitCreate toCommand() {
		return new UnitCreate(idempotencyKey, kind, GlobalId.decodeOrNone(hubId, Types.HUB),
				GlobalId.decodeOrNone(programId, Types.PROGRAM));
	}

}
