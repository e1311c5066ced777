package io.homeward.platform.returns.graphql;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.returns.ItemCondition;
import io.homeward.platform.returns.ReturnReason;
import io.homeward.platform.returns.SelfServiceStart;
import io.homeward.platform.returns.graphql.ReturnCreateInput.AddressInput;
import io.homeward.platform.returns.graphql.ReturnCreateInput.CustomerContactInput;
import org.jspecify.annotations.Nullable;

/**
 * The {@code selfServiceReturnStart} input as the schema declares it; contact and address
 * are {@code returnCreate}'s own.
 */
record SelfServiceReturnStartInput(String idempotencyKey, String handle, ReturnReason reason,
		@Nullable String reasonNote, CustomerContactInput customer, AddressInput origin,
		List<SelfServiceItemInput> items, boolean consent) {

	SelfServiceStart toCommand() {
		return new SelfServiceStart(idempotencyKey, handle, reason, reasonNote, customer.toContact(),
				origin.toAddress(), items.stream().map(SelfServiceItemInput::toItem).toList(), consent);
	}

	record SelfServiceItemInput(String sku, String description, String hsCode, String originCountry, int quantity,
			BigDecimal unitValue, String currency, BigDecimal weightKg, ItemCondition condition) {

		SelfServiceStart.Item toItem() {
			return new SelfServiceStart.Item(sku, description, hsCode, originCountry, quantity, unitValue, currency,
					weightKg, condition);
		}

	}

}
