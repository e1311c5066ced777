package io.homeward.platform.pricing;

import java.util.List;
import java.util.UUID;

/**
 * What to quote: pieces from a collection hub into a program.
 *
 * @param programId the program whose consolidated lanes are compared with the courier
 * @param originHubId the collection hub the pieces leave from
 * @param pieces 1 to 500 groups of identical pieces
 * @param pickup whether the pieces are picked up (a flat fee)
 * @param customsClearance whether customs clearance is needed (a flat fee)
 */
public record QuoteRequest(UUID programId, UUID originHubId, List<Piece> pieces, boolean pickup,
		boolean customsClearance) {

	public QuoteRequest {
		pieces = List.copyOf(pieces);
	}

}
