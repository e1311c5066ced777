package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.homeward.platform.network.Lane.TransportMode;

/**
 * An emission intensity: grams of CO2e per tonne-kilometre, well-to-wheel (the fuel's
 * production and its use) and tank-to-wheel (its use alone), for one vehicle or vessel
 * type, from a published source in a version, valid from a day. A newer source is a new
 * row with a later date; a leg keeps the row it was measured with.
 *
 * @param key what the row is named by, with its date: e.g. {@code ROAD-HGV-AVG}
 * @param usedFor the mode whose legs it measures by default, or null for a row kept for
 * reference
 */
public record EmissionFactor(String key, TransportMode mode, String vehicle, BigDecimal wellToWheel,
		BigDecimal tankToWheel, LocalDate validFrom, String version,
		@org.jspecify.annotations.Nullable TransportMode usedFor, String source) {

	public EmissionFactor {
		if (wellToWheel.signum() <= 0 || tankToWheel.signum() < 0 || tankToWheel.compareTo(wellToWheel) > 0) {
			throw new IllegalArgumentException(
					"well-to-wheel must be positive and at least tank-to-wheel: " + wellToWheel + ", " + tankToWheel);
		}
	}

}
