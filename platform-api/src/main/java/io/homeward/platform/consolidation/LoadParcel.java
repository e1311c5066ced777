package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.shared.Dimensions;
import org.jspecify.annotations.Nullable;

/**
 * A parcel packed in a unit: the manifest line with the physical data the carrier needs.
 * The reference is the shipper's and is read from the parcel itself, which only the
 * shipper and the operator may read: the carrier gets null. The unit's SSCC is null for a
 * shipper, who sees no units. The tracking code is the return's, as its label prints it,
 * copied onto the line when the parcel was packed (consolidation/V6): the carrier reads a
 * parcel by it without reading the return.
 */
public record LoadParcel(UUID parcelId, UUID shipperId, UUID unitId, @Nullable UUID loadId, @Nullable String unitSscc,
		@Nullable String reference, @Nullable String trackingCode, BigDecimal weightKg, Dimensions dimensions,
		List<String> unNumbers) {

	/** Outside volume in cubic metres. */
	public BigDecimal volumeM3() {
		return dimensions.lengthCm().multiply(dimensions.widthCm()).multiply(dimensions.heightCm()).movePointLeft(6);
	}

}
