package io.homeward.platform.pricing.graphql;

import java.util.List;
import java.util.Map;

import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.pricing.ProgramPricing;
import io.homeward.platform.pricing.ProgramPricings;
import io.homeward.platform.shared.graphql.Batches;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProgramPricingController {

	private final ProgramPricings programPricings;

	private final NetworkCatalog network;

	ProgramPricingController(ProgramPricings programPricings, NetworkCatalog network) {
		this.programPricings = programPricings;
		this.network = network;
	}

	@MutationMapping
	ProgramPricingPayload programPricingUpdate(@Argument ProgramPricingUpdateInput input) {
		return ProgramPricingPayload.of(programPricings.update(input.toCommand()));
	}

	@BatchMapping(typeName = "ProgramPricing")
	Map<ProgramPricing, Program> program(List<ProgramPricing> pricings) {
		return Batches.join(pricings, ProgramPricing::programId,
				network.programsByIds(Batches.keys(pricings, ProgramPricing::programId)));
	}

}
