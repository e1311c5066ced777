package io.homeward.platform.consolidation.graphql;

import java.util.List;

import io.homeward.platform.consolidation.LoadPlanAccept;
import io.homeward.platform.consolidation.StoredProposal;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record LoadPlanAcceptInput(String proposalId, @Nullable List<PlanMoveInput> edits) {

	LoadPlanAccept toCommand() {
		return new LoadPlanAccept(GlobalId.decodeOrNone(proposalId, StoredProposal.TYPE),
				(edits != null) ? edits.stream()
					.map((e) -> new LoadPlanAccept.Move(GlobalId.decodeOrNone(e.parcelId(), Types.PARCEL),
							(e.loadId() != null) ? GlobalId.decodeOrNone(e.loadId(), Load.TYPE) : null, e.newLoad()))
					.toList() : List.of());
	}

}
