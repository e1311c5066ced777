package io.homeward.platform.customs;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a customs declaration stands. The happy path follows the Union Customs Code's
 * order: lodged (Art. 170), accepted by customs (Art. 172), released for the procedure
 * (Art. 194). HELD is the platform's name for customs stopping the goods after lodgement
 * (a query on the declaration, a document asked for, an examination under Art. 188); the
 * Code has no such status, and its exits are the platform's rule: customs may release the
 * held goods directly, or the answer to the hold sends the declaration back to LODGED to
 * be accepted again. RELEASED is final.
 */
public enum DeclarationStatus {

	DRAFT, LODGED, ACCEPTED, HELD, RELEASED;

	private static final Map<DeclarationStatus, Set<DeclarationStatus>> NEXT = Map.of(DRAFT, EnumSet.of(LODGED), LODGED,
			EnumSet.of(ACCEPTED, HELD), ACCEPTED, EnumSet.of(RELEASED, HELD), HELD, EnumSet.of(RELEASED, LODGED),
			RELEASED, EnumSet.noneOf(DeclarationStatus.class));

	boolean canMoveTo(DeclarationStatus target) {
		return NEXT.get(this).contains(target);
	}

}
