package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A bag, tote, pallet or container as the API shows it, where it is now: the unit it is
 * packed into, and the load it travels in (directly or through its parents).
 */
public record HandlingUnit(UUID uuid, UUID operatorId, UnitKind kind, String sscc, String digitalLink, UUID hubId,
		UUID programId, UnitStatus status, @Nullable String sealNumber, @Nullable UUID parentUnitId,
		@Nullable String parentSscc, @Nullable UUID loadId, OffsetDateTime createdAt, int version) {

	public static final String TYPE = "HandlingUnit";

}
