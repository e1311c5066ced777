package io.homeward.platform.audit;

import java.util.List;

import io.homeward.platform.returns.PersonalDataErased;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the erasures the retention window makes in the shipper's audit log, as the
 * mutations of its users are: no request runs them, so no instrumentation sees them.
 */
@Component
class PersonalDataErasures {

	/** The operation the log names them by. */
	static final String OPERATION = "personalDataRetention";

	private final AuditLog log;

	PersonalDataErasures(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(PersonalDataErased erased) {
		Tenant shipper = Tenant.acting(erased.shipperId(), OrganizationKind.SHIPPER, erased.actor());
		List<String> targets = erased.returnIds().stream().map((id) -> GlobalId.encode(ReturnOrder.TYPE, id)).toList();
		TenantContext.supplyAs(shipper, () -> {
			log.append(shipper, new AuditRecord(OPERATION, null, targets, AuditOutcome.DONE, List.of()));
			return null;
		});
	}

}
