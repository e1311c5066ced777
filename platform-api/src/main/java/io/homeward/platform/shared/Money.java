package io.homeward.platform.shared;

import java.math.BigDecimal;

/** An exact amount in an ISO 4217 currency. */
public record Money(BigDecimal amount, String currency) {

}
