package io.homeward.platform.network.graphql;

import java.math.BigDecimal;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.LaneUpdate;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.Organization;
import org.jspecify.annotations.Nullable;

/** The argument of {@code laneUpdate}: fields left out keep their value. */
record LaneUpdateInput(String laneId, @Nullable String code, @Nullable String carrierId, @Nullable Integer transitDays,
		@Nullable Boolean acceptsLithium, @Nullable BigDecimal lithiumMaxKg) {

	LaneUpdate toCommand() {
		return new LaneUpdate(GlobalId.decodeOrNone(laneId, Lane.TYPE), code,
				(carrierId != null) ? GlobalId.decodeOrNone(carrierId, Organization.TYPE) : null, transitDays,
				acceptsLithium, lithiumMaxKg);
	}

}
