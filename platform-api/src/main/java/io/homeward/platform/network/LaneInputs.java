package io.homeward.platform.network;

import java.util.List;

import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/** Inputs and result of the operator's lane mutations. */
public final class LaneInputs {

	private LaneInputs() {
	}

	public record LaneCreateInput(String code, String originHubId, String destinationHubId,
			Lane.@Nullable TransportMode mode, String carrierId, @Nullable Integer transitDays) {
	}

	/** Fields left null keep their value. */
	public record LaneUpdateInput(String laneId, @Nullable String code, @Nullable String carrierId,
			@Nullable Integer transitDays) {
	}

	public record LaneResult(@Nullable Lane lane, List<UserError> errors) {
	}

}
