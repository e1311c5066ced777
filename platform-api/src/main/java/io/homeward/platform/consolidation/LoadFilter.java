package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which loads a page shows; null fields do not filter. */
public record LoadFilter(@Nullable List<LoadStatus> status, @Nullable UUID programId, @Nullable UUID laneId,
		@Nullable UUID carrierId, @Nullable OffsetDateTime departureFrom, @Nullable OffsetDateTime departureTo) {

	public static final LoadFilter NONE = new LoadFilter(null, null, null, null, null, null);

}
