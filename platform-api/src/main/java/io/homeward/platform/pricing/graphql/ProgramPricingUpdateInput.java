package io.homeward.platform.pricing.graphql;

import java.math.BigDecimal;

import io.homeward.platform.network.Program;
import io.homeward.platform.pricing.ProgramPricingUpdate;
import io.homeward.platform.shared.GlobalId;

/** {@code ProgramPricingUpdateInput}, as the API receives it. */
record ProgramPricingUpdateInput(String programId, BigDecimal expectedFill) {

	ProgramPricingUpdate toCommand() {
		return new ProgramPricingUpdate(GlobalId.decodeOrNone(programId, Program.TYPE), expectedFill);
	}

}
