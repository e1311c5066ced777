package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.util.UUID;

import io.homeward.platform.shared.Money;

/**
 * One line of a declaration: a shipper's goods of one HS code and one origin in the load,
 * with their quantity, net and gross mass and statistical value.
 */
public record CustomsDeclarationLine(UUID declarationId, int lineNumber, UUID shipperId, String hsCode,
		String originCountry, int quantity, BigDecimal netKg, BigDecimal grossKg, Money statisticalValue) {

}
