package io.homeward.platform.pricing;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A published, versioned price list of a lane and the window it is valid in. */
public record RateCard(UUID uuid, UUID laneId, int version, OffsetDateTime validFrom, @Nullable OffsetDateTime validTo,
		Tariff tariff, OffsetDateTime publishedAt) {

	public static final String TYPE = "RateCard";

}
