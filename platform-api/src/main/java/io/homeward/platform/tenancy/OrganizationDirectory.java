package io.homeward.platform.tenancy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's record of each organization (its name and kind), which every token's
 * claims are checked against. Looked up once per organization and kept for
 * {@link #RECHECK_AFTER}: the check must not add a query to every request, and an
 * organization's kind does not change in normal operation. Read under the organization
 * itself, which row-level security lets read its own row. The same record answers the
 * caller's own organization ({@code viewer}) without a query: a renamed organization
 * shows its new name within {@link #RECHECK_AFTER}.
 * <p>
 * Only an ACTIVE organization is found: one still being onboarded, or disabled, names no
 * tenant. Disabling forgets the organization here at once ({@link #forget}); another
 * instance may still find it for up to {@link #RECHECK_AFTER}, but the database refuses
 * to bind a disabled organization to any transaction ({@code bind_tenant}), so no request
 * of it reads or writes anything meanwhile.
 */
@Component
class OrganizationDirectory {

	static final Duration RECHECK_AFTER = Duration.ofSeconds(30);

	private final Cache<UUID, Optional<Organization>> records = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(RECHECK_AFTER)
		.build();

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	OrganizationDirectory(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Whether the organization is provisioned, and with the kind the caller claims. */
	boolean isProvisionedAs(Tenant claimed) {
		return record(claimed).filter((organization) -> organization.kind() == claimed.kind()).isPresent();
	}

	/** The platform's record of the caller's organization, absent if not provisioned. */
	Optional<Organization> record(Tenant claimed) {
		return records.get(claimed.orgId(), (id) -> lookUp(claimed));
	}

	/** Looks the organization up again on its next request. */
	void forget(UUID organization) {
		records.invalidate(organization);
	}

	private Optional<Organization> lookUp(Tenant claimed) {
		try {
			return TenantContext.supplyAs(claimed,
					() -> readOnly.execute((status) -> jdbc
						.sql("select name, kind from organization where id = ? and status = 'ACTIVE'")
						.param(claimed.orgId())
						.query((rs, row) -> new Organization(claimed.orgId(), rs.getString("name"),
								OrganizationKind.valueOf(rs.getString("kind"))))
						.optional()));
		}
		catch (CannotCreateTransactionException ex) {
			if (OrganizationDisabledException.isCauseOf(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
