package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The carrier's distance for its load, before the load is received. */
public record LoadDistanceReport(UUID loadId, @Nullable BigDecimal distanceKm, @Nullable String note) {

}
