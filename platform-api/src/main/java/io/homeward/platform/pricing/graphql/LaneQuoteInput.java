package io.homeward.platform.pricing.graphql;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Program;
import io.homeward.platform.pricing.Piece;
import io.homeward.platform.pricing.QuoteRequest;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

/** {@code LaneQuoteInput}, as the API receives it. */
record LaneQuoteInput(String programId, String originHubId, List<PieceInput> pieces, @Nullable Boolean pickup,
		@Nullable Boolean customsClearance) {

	QuoteRequest toRequest() {
		return new QuoteRequest(GlobalId.decodeOrNone(programId, Program.TYPE),
				GlobalId.decodeOrNone(originHubId, Hub.TYPE), pieces.stream().map(PieceInput::toPiece).toList(),
				Boolean.TRUE.equals(pickup), Boolean.TRUE.equals(customsClearance));
	}

	/**
	 * {@code PieceInput}. The schema defaults {@code quantity} to 1 and
	 * {@code dangerousGoods} to false; an explicit null means the same.
	 */
	record PieceInput(BigDecimal weightKg, @Nullable BigDecimal lengthCm, @Nullable BigDecimal widthCm,
			@Nullable BigDecimal heightCm, @Nullable Integer quantity, @Nullable Boolean dangerousGoods) {

		Piece toPiece() {
			return new Piece(weightKg, lengthCm, widthCm, heightCm, (quantity != null) ? quantity : 1,
					Boolean.TRUE.equals(dangerousGoods));
		}

	}

}
