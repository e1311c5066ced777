package io.homeward.platform.disposition;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Replace the caller's size and rules, in the order given. */
public record DispositionPolicyUpdate(EnterpriseSize enterpriseSize, List<Rule> rules) {

	public DispositionPolicyUpdate {
		rules = List.copyOf(rules);
	}

	/** A rule as written: its text parsed and checked by the service. */
	public record Rule(@Nullable String name, @Nullable String hsPrefix, @Nullable List<Grade> grades,
			@Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, @Nullable String valueCurrency,
			@Nullable String countryCode, Disposition disposition, @Nullable String wasteOperationCode) {

	}

}
