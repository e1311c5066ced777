package io.homeward.platform.network;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A route between two hubs of one operator, in one mode, by one carrier.
 *
 * @param acceptsLithium whether loads on the lane may carry lithium batteries at all
 * @param lithiumMaxKg how many kilograms of lithium batteries one load may carry
 */
public record Lane(UUID uuid, UUID operatorId, String code, UUID originHubId, UUID destinationHubId, TransportMode mode,
		UUID carrierId, int transitDays, boolean acceptsLithium, BigDecimal lithiumMaxKg) {

	public static final String TYPE = "Lane";

	public enum TransportMode {

		ROAD, RAIL, SEA, AIR,
		/** Courier parcel: the stand-alone baseline pooling is compared with. */
		PARCEL

	}

}
