package io.homeward.platform.consolidation.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.homeward.platform.consolidation.LoadPlanRequest;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record LoadPlanInput(String hubId, String programId, @Nullable String laneId, @Nullable Integer timeLimitSeconds,
		int maxNewLoads, BigDecimal newLoadCapacityKg, BigDecimal newLoadCapacityM3, OffsetDateTime newLoadCutoffAt,
		OffsetDateTime newLoadDepartureAt) {

	LoadPlanRequest toCommand() {
		return new LoadPlanRequest(GlobalId.decodeOrNone(hubId, Types.HUB),
				GlobalId.decodeOrNone(programId, Types.PROGRAM),
				(laneId != null) ? GlobalId.decodeOrNone(laneId, Types.LANE) : null, timeLimitSeconds,
				newLoadCapacityKg, newLoadCapacityM3, newLoadCutoffAt, newLoadDepartureAt, maxNewLoads);
	}

}
