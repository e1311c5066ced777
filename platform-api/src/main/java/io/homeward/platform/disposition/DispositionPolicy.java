package io.homeward.platform.disposition;

import java.util.List;

/** A shipper's size and its ordered rules, as it set them. */
public record DispositionPolicy(EnterpriseSize enterpriseSize, boolean sizeStated, List<DispositionRule> rules) {

	public DispositionPolicy {
		rules = List.copyOf(rules);
	}

}
