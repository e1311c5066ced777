package io.homeward.platform.network;

import java.util.UUID;

/** A route between two hubs of one operator, in one mode, by one carrier. */
public record Lane(UUID uuid, UUID operatorId, String code, UUID originHubId, UUID destinationHubId, TransportMode mode,
		UUID carrierId, int transitDays) {

	public static final String TYPE = "Lane";

	public enum TransportMode {

		ROAD, RAIL, SEA, AIR,
		/** Courier parcel: the stand-alone baseline pooling is compared with. */
		PARCEL

	}

}
