package io.homeward.platform.customs;

import java.math.BigDecimal;

/**
 * How many units of the declaration's currency one unit of {@code currency} is worth, as
 * the operator gave it.
 */
public record ExchangeRate(String currency, BigDecimal rate) {

}
