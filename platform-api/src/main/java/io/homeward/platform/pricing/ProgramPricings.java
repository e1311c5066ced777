package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.ErrorCode;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fill an operator expects of a program's loads, which pooled quotes share costs at.
 */
@Service
@Transactional
public class ProgramPricings {

	private final ProgramPricingRepository pricing;

	private final NetworkCatalog network;

	ProgramPricings(ProgramPricingRepository pricing, NetworkCatalog network) {
		this.pricing = pricing;
		this.network = network;
	}

	public record ProgramPricingUpdateInput(String programId, @Nullable BigDecimal expectedFill) {
	}

	public record ProgramPricing(Program program, BigDecimal expectedFill) {
	}

	public record ProgramPricingResult(@Nullable ProgramPricing programPricing, List<UserError> errors) {
	}

	public ProgramPricingResult update(ProgramPricingUpdateInput input) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.OPERATOR)) {
			return failure("input", CommonErrorCode.NOT_PERMITTED, "Only operators set a program's expected fill");
		}
		Optional<Program> program = GlobalId.decode(input.programId(), Program.TYPE)
			.flatMap(network::program)
			.filter((found) -> found.operatorId().equals(tenant.orgId()));
		if (program.isEmpty()) {
			return failure("input.programId", CommonErrorCode.NOT_FOUND, "No such program of yours");
		}
		Violations v = new Violations();
		if (!v.decimal("input.expectedFill", input.expectedFill(), false, BigDecimal.ONE, 3)) {
			return new ProgramPricingResult(null, v.errors());
		}
		ProgramPricingEntity row = pricing.findById(program.get().uuid()).orElse(null);
		if (row == null) {
			pricing.save(new ProgramPricingEntity(program.get().uuid(), tenant.orgId(), input.expectedFill()));
		}
		else {
			row.expectFill(input.expectedFill());
		}
		return new ProgramPricingResult(new ProgramPricing(program.get(), input.expectedFill()), List.of());
	}

	private static ProgramPricingResult failure(String field, ErrorCode code, String message) {
		return new ProgramPricingResult(null, List.of(UserError.of(field, code, message)));
	}

}
