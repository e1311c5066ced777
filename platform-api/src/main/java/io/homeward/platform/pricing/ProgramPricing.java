package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.UUID;

/** The fill an operator expects of a program's loads, which pooled quotes share at. */
public record ProgramPricing(UUID programId, BigDecimal expectedFill) {

}
