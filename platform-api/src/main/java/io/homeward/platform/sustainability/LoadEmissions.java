package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.network.Lane.TransportMode;
import org.jspecify.annotations.Nullable;

/**
 * A load's leg as measured, as its reader may see it: how it was measured, the leg's
 * totals (its operator and carrier; null for a shipper, since they are of every shipper's
 * parcels), and the parcels' shares the reader may see.
 */
public record LoadEmissions(UUID loadId, TransportMode mode, BigDecimal distanceKm, String distanceSource,
		@Nullable BigDecimal greatCircleKm, @Nullable String adjustment, @Nullable String adjustmentSource,
		EmissionFactor factor, @Nullable EmissionFigures leg, List<ParcelEmissions> parcels,
		OffsetDateTime measuredAt) {

	public LoadEmissions {
		parcels = List.copyOf(parcels);
	}

	/** A parcel's share of its leg. */
	public record ParcelEmissions(UUID parcelId, BigDecimal massKg, BigDecimal chargeableKg, EmissionFigures figures) {

	}

}
