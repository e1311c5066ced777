package io.homeward.platform.onboarding;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each organizationCreate was asked ({@code onboarding_request}), read and written
 * bound to the organization being onboarded, each in a short transaction of its own:
 * onboarding never holds a transaction open while it waits on Keycloak.
 */
class OnboardingRequests {

	private static final String USER = "homeward-onboarding";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	OnboardingRequests(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
	}

	record Request(UUID organizationId, UUID operatorId, String requestHash, @Nullable OffsetDateTime completedAt) {

	}

	Optional<Request> find(UUID organization, OrganizationKind kind) {
		return as(organization, kind,
				() -> jdbc
					.sql("select operator_id, request_hash, completed_at from onboarding_request where org_id = ?")
					.param(organization)
					.query((rs, row) -> new Request(organization, rs.getObject("operator_id", UUID.class),
							rs.getString("request_hash"), rs.getObject("completed_at", OffsetDateTime.class)))
					.optional());
	}

	void record(UUID organization, OrganizationKind kind, UUID operator, String requestHash, String adminEmail,
			String createdBy) {
		as(organization, kind,
				() -> jdbc.sql("""
						insert into onboarding_request (org_id, operator_id, request_hash, admin_email, created_by)
						values (?, ?, ?, ?, ?)
						on conflict (org_id) do nothing""")
					.params(organization, operator, requestHash, adminEmail, createdBy)
					.update());
	}

	void complete(UUID organization, OrganizationKind kind, String keycloakOrganization, String adminUser) {
		as(organization, kind,
				() -> jdbc.sql("""
						update onboarding_request set keycloak_org_id = ?, admin_user_id = ?, completed_at = ?
						where org_id = ? and completed_at is null""")
					.params(keycloakOrganization, adminUser, OffsetDateTime.now(ZoneOffset.UTC), organization)
					.update());
	}

	private <T> T as(UUID organization, OrganizationKind kind, Supplier<T> work) {
		Tenant onboarding = Tenant.acting(organization, kind, USER);
		return TenantContext.supplyAs(onboarding, () -> transactions.execute((status) -> work.get()));
	}

}
