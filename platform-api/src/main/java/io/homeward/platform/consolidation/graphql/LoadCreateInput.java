package io.homeward.platform.consolidation.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.homeward.platform.consolidation.LoadCreate;
import io.homeward.platform.shared.GlobalId;

record LoadCreateInput(String idempotencyKey, String reference, String programId, String laneId,
		OffsetDateTime cutoffAt, OffsetDateTime departureAt, BigDecimal capacityKg, BigDecimal capacityM3) {

	LoadCreate toCommand() {
		return new LoadCreate(idempotencyKey, reference, GlobalId.decodeOrNone(programId, Types.PROGRAM),
				GlobalId.decodeOrNone(laneId, Types.LANE), cutoffAt, departureAt, capacityKg, capacityM3);
	}

}
