package io.homeward.platform.network;

import java.util.UUID;

import io.homeward.platform.network.Lane.TransportMode;

/**
 * Open a lane between two of the calling operator's hubs. The code and the transit days
 * are checked by {@link LaneAdministration#create}; an id that names nothing (such as
 * {@code GlobalId.NONE}) is reported as not found together with the other problems.
 *
 * @param code unique among the operator's lanes: upper-case letters, digits and dashes
 * @param carrierId an organization of kind CARRIER
 */
public record LaneCreate(String code, UUID originHubId, UUID destinationHubId, TransportMode mode, UUID carrierId,
		int transitDays) {

}
