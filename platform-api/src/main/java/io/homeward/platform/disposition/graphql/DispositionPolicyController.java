package io.homeward.platform.disposition.graphql;

import java.util.List;

import io.homeward.platform.disposition.DispositionPolicies;
import io.homeward.platform.disposition.DispositionPolicy;
import io.homeward.platform.disposition.DispositionRule;
import io.homeward.platform.disposition.Grade;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code dispositionRules} and {@code dispositionRulesUpdate}: a shipper's own policy.
 */
@Controller
class DispositionPolicyController {

	private final DispositionPolicies policies;

	DispositionPolicyController(DispositionPolicies policies) {
		this.policies = policies;
	}

	@QueryMapping
	@Nullable DispositionPolicy dispositionRules() {
		return policies.own().orElse(null);
	}

	@MutationMapping
	DispositionRulesUpdatePayload dispositionRulesUpdate(@Argument DispositionRulesUpdateInput input) {
		return DispositionRulesUpdatePayload.of(policies.update(input.toCommand()));
	}

	@SchemaMapping(typeName = "DispositionPolicy")
	boolean enterpriseSizeStated(DispositionPolicy policy) {
		return policy.sizeStated();
	}

	/** Null for any grade, as the rule was written; else in the enum's order. */
	@SchemaMapping(typeName = "DispositionRule")
	@Nullable List<Grade> grades(DispositionRule rule) {
		return rule.grades().isEmpty() ? null : rule.grades().stream().sorted().toList();
	}

}
