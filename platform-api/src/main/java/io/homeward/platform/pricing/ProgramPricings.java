package io.homeward.platform.pricing;

import io.homeward.platform.shared.UserError;
import java.util.List;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fill an operator expects of a program's loads, which pooled quotes share costs at.
 */
@Service
@Transactional
public class ProgramPricings {

	/** The key of a program's pricing (pricing V2). */
	static final String PRICING_KEY = "program_pricing_pkey";

	private final ProgramPricingRepository pricing;

	private final NetworkCatalog network;

	private final TransactionTemplate writes;

	ProgramPricings(ProgramPricingRepository pricing, NetworkCatalog network, PlatformTransactionManager transactions) {
		this.pricing = pricing;
		this.network = network;
		this.writes = new TransactionTemplate(transactions);
	}

	/**
	 * Sets a program's expected fill, for an administrator of the program's operator;
	 * reports an unknown program and a fill out of bounds together.
	 * <p>
	 * Setting the fill is "the last one set wins", so a race between two first settings
	 * is no conflict: the lookup cannot see a row a concurrent transaction is inserting,
	 * this insert waits on the key and is refused once that one commits, and the update
	 * then runs once more in a new transaction, which finds the row and sets this fill on
	 * it. Prices are never deleted, so the second run cannot lose the race again. Within
	 * a caller's transaction it joins that one, which the violation has doomed: the
	 * failure is then the caller's to handle.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Outcome<ProgramPricing> update(ProgramPricingUpdate command) {
		boolean ownTransaction = !TransactionSynchronizationManager.isActualTransactionActive();
		try {
			return updating(command);
		}
		catch (DataAccessException ex) {
			if (ownTransaction && UniqueKeys.violated(ex, PRICING_KEY)) {
				return updating(command);
			}
			throw ex;
		}
	}

	/**
	 * One attempt, in a transaction of its own (or the caller's), flushed before it ends.
	 */
	private Outcome<ProgramPricing> updating(ProgramPricingUpdate command) {
		return Objects.requireNonNull(writes.execute((status) -> updated(command)));
	}

	private Outcome<ProgramPricing> updated(ProgramPricingUpdate command) {
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
				.saveAndFlush(new ProgramPricingEntity(tenant.orgId(), command.programId(), command.expectedFill())));
		return Outcome.done(new ProgramPricing(command.programId(), command.expectedFill()));
	}

}
