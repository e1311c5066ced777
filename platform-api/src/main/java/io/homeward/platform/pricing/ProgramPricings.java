package io.homeward.platform.pricing;

import io.homeward.platform.shared.UserError;
import java.util.List;
import java.math.BigDecimal;
import java.util.Optional;

import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

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

	/**
	 * Sets a program's expected fill, for an administrator of the program's operator;
	 * reports an unknown program and a fill out of bounds together.
	 */
	public Outcome<ProgramPricing> update(ProgramPricingUpdate command) {
		Tenant tenant = TenantContext.require();
		Optional<UserError> refused = tenant.refusalToAdminister(OrganizationKind.OPERATOR, "",
				"Only operators set a program's expected fill", "Setting a program's expected fill");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Violations v = new Violations();
		Optional<Program> program = network.program(command.programId())
			.filter((found) -> found.operatorId().equals(tenant.orgId()));
		if (program.isEmpty()) {
			v.add("programId", CommonErrorCode.NOT_FOUND, "No such program of yours");
		}
		v.decimal("expectedFill", command.expectedFill(), false, BigDecimal.ONE, 3);
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		ProgramPricingEntity.Key key = new ProgramPricingEntity.Key(tenant.orgId(), command.programId());
		pricing.findById(key)
			.ifPresentOrElse((row) -> row.expectFill(command.expectedFill()), () -> pricing
				.save(new ProgramPricingEntity(tenant.orgId(), command.programId(), command.expectedFill())));
		return Outcome.done(new ProgramPricing(command.programId(), command.expectedFill()));
	}

}
