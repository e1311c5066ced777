package io.homeward.platform.disposition.graphql;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.disposition.Disposition;
import io.homeward.platform.disposition.DispositionPolicyUpdate;
import io.homeward.platform.disposition.EnterpriseSize;
import io.homeward.platform.disposition.Grade;
import org.jspecify.annotations.Nullable;

record DispositionRulesUpdateInput(EnterpriseSize enterpriseSize, List<DispositionRuleInput> rules) {

	record DispositionRuleInput(String name, @Nullable String hsPrefix, @Nullable List<Grade> grades,
			@Nullable BigDecimal minValue, @Nullable BigDecimal maxValue, @Nullable String valueCurrency,
			@Nullable String countryCode, Disposition disposition, @Nullable String wasteOperationCode) {

	}

	DispositionPolicyUpdate toCommand() {
		return new DispositionPolicyUpdate(enterpriseSize,
				rules.stream()
					.map((rule) -> new DispositionPolicyUpdate.Rule(rule.name(), rule.hsPrefix(), rule.grades(),
							rule.minValue(), rule.maxValue(), rule.valueCurrency(), rule.countryCode(),
							rule.disposition(), rule.wasteOperationCode()))
					.toList());
	}

}
