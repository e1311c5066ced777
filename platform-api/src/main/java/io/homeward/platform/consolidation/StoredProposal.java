package io.homeward.platform.consolidation;

import java.util.UUID;

import io.homeward.platform.network.Lane;

/**
 * A planner's proposal as stored for acceptance, under the id {@code loadPlanAccept}
 * names, with the lane it plans loads on (the caller may have named only the hub).
 */
public record StoredProposal(UUID id, Lane lane, PlanProposal proposal) {

	public static final String TYPE = "LoadPlanProposal";

}
