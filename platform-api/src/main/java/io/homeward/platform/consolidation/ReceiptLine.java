package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the destination hub recorded of one parcel of a load. */
public record ReceiptLine(UUID uuid, UUID loadId, @Nullable UUID parcelId, @Nullable UUID shipperId,
		ReceiptOutcome outcome, @Nullable String reference, @Nullable String note, List<String> photoRefs,
		OffsetDateTime recordedAt) {

	/** Anything but RECEIVED is a discrepancy its shipper is told of. */
	public boolean discrepancy() {
		return outcome != ReceiptOutcome.RECEIVED;
	}

}
