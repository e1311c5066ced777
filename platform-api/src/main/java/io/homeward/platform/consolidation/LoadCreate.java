package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Plan a load on one lane of one program; the carrier and the hubs are the lane's.
 */
public record LoadCreate(String idempotencyKey, String reference, UUID programId, UUID laneId, OffsetDateTime cutoffAt,
		OffsetDateTime departureAt, BigDecimal capacityKg, BigDecimal capacityM3) {

}
