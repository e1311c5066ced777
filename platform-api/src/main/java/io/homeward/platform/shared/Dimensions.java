package io.homeward.platform.shared;

import java.math.BigDecimal;

/** Outside dimensions in centimetres. */
public record Dimensions(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {

}
