package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One child of a unit or load at a moment: a unit (with its SSCC) or a parcel (with its
 * reference where the reader may read the parcel), and since when it was inside.
 */
public record Containment(@Nullable UUID unitId, @Nullable String sscc, @Nullable UUID parcelId,
		@Nullable String reference, OffsetDateTime since) {

}
