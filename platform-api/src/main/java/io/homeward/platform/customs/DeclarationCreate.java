package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Declare a load's contents in {@code currency}, converting the items' values at the
 * rates given. Codes are checked by the service, so they arrive as typed.
 */
public record DeclarationCreate(String idempotencyKey, UUID loadId, String currency, List<Rate> exchangeRates) {

	public DeclarationCreate {
		exchangeRates = List.copyOf(exchangeRates);
	}

	public record Rate(String currency, @Nullable BigDecimal rate) {

	}

}
