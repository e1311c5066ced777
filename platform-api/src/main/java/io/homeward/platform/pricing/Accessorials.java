package io.homeward.platform.pricing;

import java.math.BigDecimal;

/**
 * Flat fees charged once per shipment, in the tariff's currency. They are never shared
 * across a pooled load: each shipment causes its own pickup, declaration and handling.
 */
public record Accessorials(BigDecimal dangerousGoods, BigDecimal pickup, BigDecimal customsClearance) {

}
