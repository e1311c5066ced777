package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.UUID;

import io.homeward.platform.shared.Dimensions;

/** A package of a return as the API shows it. */
public record Parcel(UUID uuid, UUID returnId, String reference, BigDecimal weightKg, Dimensions dimensions) {

	/** Its GraphQL type, and the type of its global ids. */
	public static final String TYPE = "Parcel";

}
