package io.homeward.platform.disposition;

import java.math.BigDecimal;
import java.util.Set;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * One of a shipper's rules: where its conditions fit a graded item, it proposes a
 * disposition. A condition left null fits any item; a rule with a value range fits only
 * items valued in its currency.
 */
public record DispositionRule(int position, String name, @Nullable String hsPrefix, Set<Grade> grades,
		@Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, @Nullable String valueCurrency,
		@Nullable String countryCode, Disposition disposition, @Nullable String wasteOperationCode) {

	public DispositionRule {
		grades = Set.copyOf(grades);
	}

	boolean fits(Grade grade, HsCode code, Money unitValue, CountryCode hubCountry) {
		if (hsPrefix != null && !code.digits().startsWith(hsPrefix)) {
			return false;
		}
		if (!grades.isEmpty() && !grades.contains(grade)) {
			return false;
		}
		if (valueCurrency != null) {
			if (!unitValue.currency().getCurrencyCode().equals(valueCurrency)) {
				return false;
			}
			if (minValue != null && unitValue.amount().compareTo(minValue) < 0) {
				return false;
			}
			if (maxValue != null && unitValue.amount().compareTo(maxValue) > 0) {
				return false;
			}
		}
		return countryCode == null || countryCode.equals(hubCountry.value());
	}

}
