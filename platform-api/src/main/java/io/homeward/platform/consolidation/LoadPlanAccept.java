package io.homeward.platform.consolidation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Accept a stored proposal as it is, or with parcels moved between its loads.
 *
 * @param edits moves applied to the proposal's assignments before it is checked
 */
public record LoadPlanAccept(UUID proposalId, List<Move> edits) {

	public LoadPlanAccept {
		edits = List.copyOf(edits);
	}

	/**
	 * The parcel goes into this existing load, or into new load number {@code newLoad}.
	 */
	public record Move(UUID parcelId, @Nullable UUID loadId, @Nullable Integer newLoad) {

	}

}
