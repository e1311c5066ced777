package io.homeward.platform.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A place where returns are collected or received, run by an operator; its location is
 * null until the network records it.
 */
public record Hub(UUID uuid, UUID operatorId, String code, String name, HubKind kind, String countryCode, String city,
		String address, String timeZone, @Nullable GeoPoint location) {

	public static final String TYPE = "Hub";

	public enum HubKind {

		/** Gathers returns near where they start. */
		COLLECTION,
		/** Receives consolidated loads, grades and disposes. */
		DESTINATION

	}

}
