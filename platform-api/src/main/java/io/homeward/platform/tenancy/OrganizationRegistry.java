package io.homeward.platform.tenancy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's side of an organization's life: recorded, activated, disabled. Each
 * change runs in a transaction of its own bound to the organization it changes, the one
 * binding row-level security lets write an organization's row; whoever decided the change
 * (an operator's admin, through onboarding) was authorized before.
 */
@Service
public class OrganizationRegistry {

	/** The user a registry transaction runs as, for the log. */
	static final String REGISTRY_USER = "homeward-registry";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final OrganizationDirectory directory;

	OrganizationRegistry(JdbcClient jdbc, PlatformTransactionManager transactions, OrganizationDirectory directory) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.directory = directory;
	}

	/** An organization as the registry knows it. */
	public record Entry(UUID id, String name, OrganizationKind kind, OrganizationStatus status) {

	}

	/**
	 * The organization's record; a disabled organization's, whose transactions the
	 * database refuses to bind, answers DISABLED without its name.
	 */
	public Optional<Entry> find(UUID id, OrganizationKind kind) {
		try {
			return as(id, kind, () -> jdbc.sql("select name, kind, status from organization where id = ?")
				.param(id)
				.query((rs, row) -> new Entry(id, rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
						OrganizationStatus.valueOf(rs.getString("status"))))
				.optional());
		}
		catch (CannotCreateTransactionException ex) {
			if (OrganizationDisabledException.isCauseOf(ex)) {
				return Optional.of(new Entry(id, "", kind, OrganizationStatus.DISABLED));
			}
			throw ex;
		}
	}

	/** Records a new organization as PROVISIONING, unless it is recorded already. */
	public Entry record(UUID id, String name, OrganizationKind kind) {
		as(id, kind, () -> jdbc.sql("""
				insert into organization (id, name, kind, status) values (?, ?, ?, 'PROVISIONING')
				on conflict (id) do nothing""").params(id, name, kind.name()).update());
		return find(id, kind).orElseThrow();
	}

	/** Makes a provisioned organization ACTIVE; an active one stays so. */
	public void activate(UUID id, OrganizationKind kind) {
		as(id, kind,
				() -> jdbc.sql("update organization set status = 'ACTIVE' where id = ? and status = 'PROVISIONING'")
					.param(id)
					.update());
		directory.forget(id);
	}

	/**
	 * Disables the organization: from the commit on, no transaction binds it on any
	 * instance, and this one's directory forgets it at once. Disabling a disabled
	 * organization changes nothing.
	 */
	public void disable(UUID id, OrganizationKind kind) {
		try {
			as(id, kind, () -> jdbc.sql(
					"update organization set status = 'DISABLED', disabled_at = ? where id = ? and status <> 'DISABLED'")
				.params(OffsetDateTime.now(ZoneOffset.UTC), id)
				.update());
		}
		catch (CannotCreateTransactionException ex) {
			if (!OrganizationDisabledException.isCauseOf(ex)) {
				throw ex;
			}
		}
		directory.forget(id);
	}

	private <T> T as(UUID id, OrganizationKind kind, Supplier<T> work) {
		Tenant registry = Tenant.acting(id, kind, REGISTRY_USER);
		return TenantContext.supplyAs(registry, () -> transactions.execute((status) -> work.get()));
	}

}
