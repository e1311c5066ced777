package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A load in PLANNING that may take more parcels.
 *
 * @param loadedKg what it already carries, so its remaining capacity is
 * {@code capacityKg - loadedKg}
 * @param contents what it already carries, as segregation sees it (every parcel, not only
 * the dangerous ones: class 1 travels with nothing else)
 * @param cutOff the last moment a parcel can be loaded
 */
public record CandidateLoad(UUID id, BigDecimal capacityKg, BigDecimal capacityM3, BigDecimal loadedKg,
		BigDecimal loadedM3, List<Packable> contents, Instant cutOff, Instant departure) {

	public CandidateLoad {
		contents = List.copyOf(contents);
		if (capacityKg.signum() <= 0 || capacityM3.signum() <= 0) {
			throw new IllegalArgumentException("A load has a capacity");
		}
	}

	boolean carriesSomething() {
		return !contents.isEmpty() || loadedKg.signum() > 0 || loadedM3.signum() > 0;
	}

}
