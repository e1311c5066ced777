package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A load as every reader of it may see it: lane, carrier, dates, capacity, status and
 * seals. What is inside it is read apart, under each reader's policies.
 */
public record Load(UUID uuid, UUID operatorId, String reference, UUID programId, UUID laneId, UUID carrierId,
		UUID originHubId, UUID destinationHubId, LoadStatus status, OffsetDateTime cutoffAt, OffsetDateTime departureAt,
		BigDecimal capacityKg, BigDecimal capacityM3, @Nullable String sealNumber, @Nullable String arrivalSeal,
		@Nullable SealException sealException, @Nullable OffsetDateTime dispatchedAt,
		@Nullable OffsetDateTime receivedAt, OffsetDateTime createdAt, int version) {

	public static final String TYPE = "Load";

}
