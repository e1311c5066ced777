package io.homeward.platform.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Rename a lane, or change its carrier or transit days; a field left null keeps its
 * value. Route and mode cannot change: rate cards price them.
 */
public record LaneUpdate(UUID laneId, @Nullable String code, @Nullable UUID carrierId, @Nullable Integer transitDays) {

}
