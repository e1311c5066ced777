package io.homeward.platform.network.graphql;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.network.LaneCreate;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.Organization;

/** The argument of {@code laneCreate}, as the schema declares it. */
record LaneCreateInput(String code, String originHubId, String destinationHubId, TransportMode mode, String carrierId,
		int transitDays) {

	/** Ids that name no object of ours decode to {@link GlobalId#NONE}: not found. */
	LaneCreate toCommand() {
		return new LaneCreate(code, GlobalId.decodeOrNone(originHubId, Hub.TYPE),
				GlobalId.decodeOrNone(destinationHubId, Hub.TYPE), mode,
				GlobalId.decodeOrNone(carrierId, Organization.TYPE), transitDays);
	}

}
