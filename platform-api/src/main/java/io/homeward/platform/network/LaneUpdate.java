package io.homeward.platform.network;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Rename a lane, or change its carrier, transit days or lithium battery limits; a field
 * left null keeps its value. Route and mode cannot change: rate cards price them.
 */
public record LaneUpdate(UUID laneId, @Nullable String code, @Nullable UUID carrierId, @Nullable Integer transitDays,
		@Nullable Boolean acceptsLithium, @Nullable BigDecimal lithiumMaxKg) {

	/** A change of name, carrier or transit days only. */
	public LaneUpdate(UUID laneId, @Nullable String code, @Nullable UUID carrierId, @Nullable Integer transitDays) {
		this(laneId, code, carrierId, transitDays, null, null);
	}

}
