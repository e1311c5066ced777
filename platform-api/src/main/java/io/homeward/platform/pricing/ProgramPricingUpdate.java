package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Set the fill an operator expects of one of its programs' loads.
 *
 * @param programId one of the caller's programs
 * @param expectedFill 0 &lt; fill ≤ 1, at most three decimals
 */
public record ProgramPricingUpdate(UUID programId, BigDecimal expectedFill) {

}
