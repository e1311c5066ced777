package io.homeward.platform.pricing;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Identical pieces of a shipment: weight and outside dimensions are per piece. A piece
 * missing any dimension is priced on its actual weight only.
 */
public record Piece(BigDecimal weightKg, @Nullable BigDecimal lengthCm, @Nullable BigDecimal widthCm,
		@Nullable BigDecimal heightCm, int quantity, boolean dangerousGoods) {

}
