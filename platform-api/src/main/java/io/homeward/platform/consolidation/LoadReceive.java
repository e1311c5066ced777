package io.homeward.platform.consolidation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The destination hub's check of an arrived load against its manifest. Manifest parcels
 * no line names are recorded MISSING; unexpected parcels match no manifest line.
 */
public record LoadReceive(UUID loadId, int version, @Nullable String arrivalSeal, boolean sealBroken, List<Line> lines,
		List<Unexpected> unexpected) {

	public record Line(UUID parcelId, ReceiptOutcome outcome, @Nullable String note, List<String> photoRefs) {

	}

	public record Unexpected(String reference, @Nullable String note, List<String> photoRefs) {

	}

}
