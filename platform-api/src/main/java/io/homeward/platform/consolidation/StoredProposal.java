package io.homeward.platform.consolidation;

import java.util.UUID;

/**
 * A planner's proposal as stored for acceptance, under the id {@code loadPlanAccept}
 * names.
 */
public record StoredProposal(UUID id, PlanProposal proposal) {

	public static final String TYPE = "LoadPlanProposal";

}
