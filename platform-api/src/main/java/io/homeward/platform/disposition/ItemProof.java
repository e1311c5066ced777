package io.homeward.platform.disposition;

import java.util.List;
import java.util.UUID;

import io.homeward.platform.returns.ReturnItem;
import io.homeward.platform.returns.ReturnOrder;
import org.jspecify.annotations.Nullable;

/**
 * An item's whole story as the caller may see it: its return, the milestones its parcel
 * reached, the hub's grading, its dispositions and the partners' certificates.
 */
public record ItemProof(ReturnOrder returnOrder, ReturnItem item, List<Milestone> milestones,
		@Nullable ItemGrading grading, List<ItemDispositionEntry> dispositions,
		List<DisposalCertificate> certificates) {

	public ItemProof {
		milestones = List.copyOf(milestones);
		dispositions = List.copyOf(dispositions);
		certificates = List.copyOf(certificates);
	}

	/** A milestone of the tracking module that covers the item. */
	public record Milestone(String kind, java.time.OffsetDateTime reachedAt) {

	}

	/** Where the same proof downloads as PDF, with the API's bearer token. */
	public static String pdfPath(UUID itemId) {
		return "/disposition/items/" + itemId + "/proof.pdf";
	}

}
