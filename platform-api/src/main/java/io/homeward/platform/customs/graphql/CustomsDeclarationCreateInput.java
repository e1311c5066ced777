package io.homeward.platform.customs.graphql;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.customs.DeclarationCreate;
import io.homeward.platform.shared.GlobalId;

record CustomsDeclarationCreateInput(String idempotencyKey, String loadId, String currency,
		List<CustomsExchangeRateInput> exchangeRates) {

	DeclarationCreate toCommand() {
		return new DeclarationCreate(idempotencyKey, GlobalId.decodeOrNone(loadId, Load.TYPE), currency,
				exchangeRates.stream()
					.map((rate) -> new DeclarationCreate.Rate(rate.currency(), rate.rate()))
					.toList());
	}

	record CustomsExchangeRateInput(String currency, BigDecimal rate) {

	}

}
