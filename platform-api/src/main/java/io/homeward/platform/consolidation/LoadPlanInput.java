package io.homeward.platform.consolidation;

import java.util.List;
import java.util.UUID;

/**
 * What {@code loadPlan} plans for one hub and program: its open parcels, the loads in
 * PLANNING that may still take some, how many new loads may be opened, and the lane's
 * dangerous-goods limits.
 */
public record LoadPlanInput(UUID hubId, UUID programId, List<PlanParcel> parcels, List<CandidateLoad> loads,
		NewLoads newLoads, LaneLimits lane) {

	public LoadPlanInput {
		parcels = List.copyOf(parcels);
		loads = List.copyOf(loads);
	}

}
