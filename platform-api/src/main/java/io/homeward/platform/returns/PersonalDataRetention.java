package io.homeward.platform.returns;

import java.util.List;
import java.util.UUID;

import io.homeward.platform.tenancy.OrganizationDisabledException;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Erases customers' personal data once each shipper's retention window has passed since a
 * return ended. Runs on a schedule ({@link PersonalDataRetentionConfiguration}), outside
 * any request: it learns from {@code personal_data_retention_shippers()} which shippers
 * have a window and nothing else, then works as each shipper in turn, under its own
 * policies (as the webhook relay does, ADR 0011), a bounded number of returns per run.
 * Each shipper's erasure is published for its audit log.
 */
@Component
public class PersonalDataRetention {

	/** Who the erasures are recorded as. */
	static final String ACTOR = "homeward-retention";

	static final int RETURNS_PER_SHIPPER = 500;

	private final JdbcClient jdbc;

	private final CustomerData customers;

	private final ApplicationEventPublisher events;

	PersonalDataRetention(JdbcClient jdbc, CustomerData customers, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.events = events;
	}

	/** One pass over every shipper with a window; answers how many returns it erased. */
	public int runOnce() {
		List<UUID> shippers = jdbc.sql("select personal_data_retention_shippers()").query(UUID.class).list();
		int erased = 0;
		for (UUID shipper : shippers) {
			Tenant retention = Tenant.acting(shipper, OrganizationKind.SHIPPER, ACTOR);
			List<UUID> returns;
			try {
				returns = TenantContext.supplyAs(retention, () -> customers.eraseExpired(RETURNS_PER_SHIPPER));
			}
			catch (CannotCreateTransactionException ex) {
				if (!OrganizationDisabledException.isCauseOf(ex)) {
					throw ex;
				}
				// A disabled shipper's data waits: it may be enabled again, or erased on
				// the operator's request.
				continue;
			}
			if (!returns.isEmpty()) {
				TenantContext.supplyAs(retention, () -> {
					events.publishEvent(new PersonalDataErased(shipper, returns, ACTOR));
					return null;
				});
				erased += returns.size();
			}
		}
		return erased;
	}

}
