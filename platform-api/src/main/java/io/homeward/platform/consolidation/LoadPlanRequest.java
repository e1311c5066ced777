package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Plan the open parcels of a program at one of the operator's hubs into the planning
 * loads of the program's lane from that hub and, where they do not fit, into new loads of
 * one size.
 *
 * @param hubId the origin hub: the parcels are those starting there
 * @param laneId which of the program's consolidated lanes from the hub; null when it has
 * exactly one
 * @param timeLimitSeconds the solver's limit, 1 to 60; null is
 * {@link LoadPlanner#DEFAULT_TIME_LIMIT}
 * @param maxNewLoads how many new loads the planner may open, 0 to 100
 */
public record LoadPlanRequest(UUID hubId, UUID programId, @Nullable UUID laneId, @Nullable Integer timeLimitSeconds,
		BigDecimal newLoadCapacityKg, BigDecimal newLoadCapacityM3, OffsetDateTime newLoadCutoffAt,
		OffsetDateTime newLoadDepartureAt, int maxNewLoads) {

}
