package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Plan the open parcels of a program at the origin of one of its lanes into that lane's
 * planning loads and, where they do not fit, into new loads of one size.
 *
 * @param timeLimitSeconds the solver's limit, 1 to 60; null is
 * {@link LoadPlanner#DEFAULT_TIME_LIMIT}
 * @param maxNewLoads how many new loads the planner may open, 0 to 100
 */
public record LoadPlanRequest(UUID laneId, UUID programId, @Nullable Integer timeLimitSeconds,
		BigDecimal newLoadCapacityKg, BigDecimal newLoadCapacityM3, OffsetDateTime newLoadCutoffAt,
		OffsetDateTime newLoadDepartureAt, int maxNewLoads) {

}
