package io.homeward.platform.consolidation.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import io.homeward.platform.consolidation.LoadFilter;
import io.homeward.platform.consolidation.LoadStatus;
import org.jspecify.annotations.Nullable;

record LoadFilterInput(@Nullable List<LoadStatus> status, @Nullable String programId, @Nullable String laneId,
		@Nullable String carrierId, @Nullable OffsetDateTime departureFrom, @Nullable OffsetDateTime departureTo) {

	LoadFilter toFilter() {
		return new LoadFilter(status, Types.optional(programId, Types.PROGRAM), Types.optional(laneId, Types.LANE),
				Types.optional(carrierId, Types.ORGANIZATION), departureFrom, departureTo);
	}

}
