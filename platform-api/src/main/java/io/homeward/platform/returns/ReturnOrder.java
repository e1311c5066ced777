package io.homeward.platform.returns;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A return order as other modules and the API see it. */
public record ReturnOrder(UUID uuid, UUID shipperId, UUID operatorId, UUID programId, String rmaNumber,
		ReturnStatus status, ReturnReason reason, @Nullable String reasonNote, @Nullable String statusNote,
		Address origin, @Nullable OriginalExport originalExport, String trackingCode, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {

	public static final String TYPE = "ReturnOrder";

}
