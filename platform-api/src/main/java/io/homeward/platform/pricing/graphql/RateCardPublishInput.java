package io.homeward.platform.pricing.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import io.homeward.platform.network.Lane;
import io.homeward.platform.pricing.Accessorials;
import io.homeward.platform.pricing.RateCardPublish;
import io.homeward.platform.pricing.WeightBreak;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/** {@code RateCardPublishInput}, as the API receives it. */
record RateCardPublishInput(String laneId, String currency, OffsetDateTime validFrom, @Nullable OffsetDateTime validTo,
		List<WeightBreakInput> breaks, BigDecimal minimumCharge, BigDecimal fuelSurchargePercent,
		AccessorialsInput accessorials, BigDecimal loadCapacityKg) {

	/**
	 * The command: the lane's id decoded and the currency parsed once, here. An id of no
	 * lane and a code of no currency go on as {@link GlobalId#NONE} and null, for the
	 * service to report with every other problem of the card.
	 */
	RateCardPublish toCommand() {
		return new RateCardPublish(GlobalId.decodeOrNone(laneId, Lane.TYPE), Money.currency(currency).orElse(null),
				validFrom, validTo, breaks.stream().map(WeightBreakInput::toBreak).toList(), minimumCharge,
				fuelSurchargePercent, accessorials.toAccessorials(), loadCapacityKg);
	}

	record WeightBreakInput(BigDecimal fromKg, BigDecimal pricePerKg) {

		WeightBreak toBreak() {
			return new WeightBreak(fromKg, pricePerKg);
		}

	}

	record AccessorialsInput(BigDecimal dangerousGoods, BigDecimal pickup, BigDecimal customsClearance) {

		Accessorials toAccessorials() {
			return new Accessorials(dangerousGoods, pickup, customsClearance);
		}

	}

}
