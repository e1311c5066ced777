package io.homeward.platform.pricing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What to quote: pieces from a collection hub into a program. */
public record LaneQuoteInput(String programId, String originHubId, List<Piece> pieces, @Nullable Boolean pickup,
		@Nullable Boolean customsClearance) {

}
