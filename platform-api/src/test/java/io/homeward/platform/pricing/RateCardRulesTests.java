package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a card to publish must be, all of it checked at once, without Spring. */
class RateCardRulesTests {

	static final OffsetDateTime FROM = OffsetDateTime.parse("2030-01-01T00:00:00Z");

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	static RateCardPublish card(@Nullable Currency currency, @Nullable OffsetDateTime to, String pricePerKg,
			String minimumCharge, String pickup) {
		return new RateCardPublish(UUID.randomUUID(), currency, FROM, to,
				List.of(new WeightBreak(d("0"), d(pricePerKg)), new WeightBreak(d("45"), d("3.10"))), d(minimumCharge),
				d("12.5"), new Accessorials(d("40"), d(pickup), d("30")), d("24000"));
	}

	static List<String> problems(RateCardPublish card) {
		Violations v = new Violations();
		RateCardRules.check(card, v);
		return v.errors()
			.stream()
			.map((error) -> String.join(".", error.field()) + " " + error.code() + ": " + error.message())
			.toList();
	}

	@Test
	void aGoodCardHasNoProblems() {
		assertThat(problems(card(Currency.getInstance("EUR"), FROM.plusMonths(1), "4.2000", "45.00", "8.00")))
			.isEmpty();
		assertThat(problems(card(Currency.getInstance("JPY"), null, "853", "5000", "3000"))).isEmpty();
	}

	@Test
	void currencyPrecisionTariffAndWindowAreReportedTogether() {
		assertThat(problems(card(null, FROM.minusDays(1), "4.12345", "45.00", "-1"))).containsExactly(
				"currency INVALID_CURRENCY: must be an ISO 4217 currency code",
				"breaks.0.pricePerKg INVALID: must have at most 4 decimal places",
				"accessorials.pickup INVALID: must not be negative", "validTo INVALID: must be after validFrom");
	}

	@Test
	void anUnknownCurrencyIsReportedOnceAndTheTariffIsCheckedAllTheSame() {
		assertThat(problems(card(null, null, "-2", "-1", "8"))).containsExactly(
				"currency INVALID_CURRENCY: must be an ISO 4217 currency code",
				"breaks.0.pricePerKg INVALID: must not be negative", "minimumCharge INVALID: must not be negative");
	}

	@Test
	void aCurrencyWithoutMinorUnitIsInvalidForATariff() {
		assertThat(problems(card(Currency.getInstance("XXX"), null, "4.20", "45", "8")))
			.containsExactly("currency INVALID: XXX has no minor unit to round amounts to");
	}

	@Test
	void amountsMustFitTheirColumns() {
		assertThat(problems(card(Currency.getInstance("EUR"), null, "4.20", "1000000000", "8.001"))).containsExactly(
				"minimumCharge OUT_OF_RANGE: is too large",
				"accessorials.pickup INVALID: must have at most 2 decimal places");
		// Exactly as many decimals as kept, trailing zeros aside, is fine.
		assertThat(problems(card(Currency.getInstance("EUR"), null, "4.123400", "45.0000", "8.10"))).isEmpty();
	}

	@Test
	void aWindowMustEndAfterItStarts() {
		assertThat(problems(card(Currency.getInstance("EUR"), FROM, "4.20", "45", "8")))
			.containsExactly("validTo INVALID: must be after validFrom");
	}

}
