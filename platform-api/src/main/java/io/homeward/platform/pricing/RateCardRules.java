package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What a card to publish must be, checked without the database: its currency, the
 * precision its columns keep, the tariff's rules and its validity window, every problem
 * into one {@link Violations}.
 */
final class RateCardRules {

	private static final BigDecimal TOO_LARGE = new BigDecimal("1000000000");

	private RateCardRules() {
	}

	static void check(RateCardPublish card, Violations v) {
		if (card.currency() == null) {
			v.add("currency", CommonErrorCode.INVALID_CURRENCY, "must be an ISO 4217 currency code");
		}
		checkPrecision(card, v);
		// An unknown currency is reported once, above; the rest of the tariff is checked
		// all
		// the same.
		List<String> problems = (card.currency() != null) ? QuoteCalculator.validate(card.tariff())
				: QuoteCalculator.validateAmounts(card.breaks(), card.minimumCharge(), card.fuelSurchargePercent(),
						card.accessorials(), card.loadCapacityKg());
		problems.forEach((problem) -> add(v, problem));
		if (card.validTo() != null && !card.validTo().isAfter(card.validFrom())) {
			v.add("validTo", CommonErrorCode.INVALID, "must be after validFrom");
		}
	}

	/**
	 * {@link QuoteCalculator#validate} says "field: problem"; the field becomes the
	 * error's path.
	 */
	private static void add(Violations v, String problem) {
		int colon = problem.indexOf(": ");
		if (colon > 0) {
			v.add(problem.substring(0, colon), CommonErrorCode.INVALID, problem.substring(colon + 2));
		}
		else {
			v.add("", CommonErrorCode.INVALID, problem);
		}
	}

	/**
	 * Amounts must fit the columns they are stored in, which would otherwise round them
	 * silently; signs and order are {@link QuoteCalculator#validate}'s business.
	 */
	private static void checkPrecision(RateCardPublish card, Violations v) {
		scale(v, "minimumCharge", card.minimumCharge(), 2);
		scale(v, "fuelSurchargePercent", card.fuelSurchargePercent(), 2);
		scale(v, "loadCapacityKg", card.loadCapacityKg(), 1);
		scale(v, "accessorials.dangerousGoods", card.accessorials().dangerousGoods(), 2);
		scale(v, "accessorials.pickup", card.accessorials().pickup(), 2);
		scale(v, "accessorials.customsClearance", card.accessorials().customsClearance(), 2);
		for (int i = 0; i < card.breaks().size(); i++) {
			scale(v, "breaks." + i + ".fromKg", card.breaks().get(i).fromKg(), 1);
			scale(v, "breaks." + i + ".pricePerKg", card.breaks().get(i).pricePerKg(), 4);
		}
	}

	private static void scale(Violations v, String field, @Nullable BigDecimal value, int scale) {
		if (value != null && value.stripTrailingZeros().scale() > scale) {
			v.add(field, CommonErrorCode.INVALID, "must have at most " + scale + " decimal places");
		}
		else if (value != null && value.abs().compareTo(TOO_LARGE) >= 0) {
			v.add(field, CommonErrorCode.OUT_OF_RANGE, "is too large");
		}
	}

}
