package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;

/**
 * Binds the current tenant to each transaction right after it begins, with a
 * transaction-local {@code set_config}: it ends with the transaction, so a pooled
 * connection never carries it to the next borrower. Setting it while the connection is
 * acquired would not work with auto-commit on, as Hibernate disables auto-commit only
 * afterwards and the setting would die with its own one-statement transaction. With no
 * tenant nothing is bound and row-level security returns no rows.
 */
class TenantJpaDialect extends HibernateJpaDialect {

	/**
	 * The organization and its kind, and the rest of the request's time budget
	 * ({@link RequestBudget}) where there is one, in one statement that refuses a
	 * disabled organization (the tenancy migrations' {@code bind_tenant}).
	 */
	private static final String BIND_SQL = "select bind_tenant(?, ?, ?)";

	/** What {@code bind_tenant} raises for a disabled organization. */
	static final String DISABLED_STATE = "HWD01";

	@Override
	public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
			throws PersistenceException, SQLException, TransactionException {
		OptionalLong remaining = RequestBudget.remainingMillis();
		if (remaining.isPresent() && remaining.getAsLong() <= 0) {
			throw new QueryTimeoutException("The request's time budget of " + RequestBudget.BUDGET.toSeconds()
					+ " s is spent; no transaction begins after it");
		}
		Object transactionData = super.beginTransaction(entityManager, definition);
		Optional<Tenant> tenant = TenantContext.current();
		if (tenant.isPresent()) {
			try {
				entityManager.unwrap(Session.class)
					.doWork((connection) -> bind(connection, tenant.get().orgId(), tenant.get().kind().name(),
							remaining.isPresent() ? remaining.getAsLong() + "ms" : null));
			}
			catch (RuntimeException ex) {
				if (isDisabled(ex)) {
					// The transaction manager rolls back the transaction begun above.
					throw new OrganizationDisabledException(tenant.get().orgId());
				}
				throw ex;
			}
		}
		return transactionData;
	}

	private static boolean isDisabled(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && DISABLED_STATE.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The one binding statement, also used by the isolation tests' plain JDBC (an empty
	 * kind binds an organization without its kind), so that they test the policies under
	 * exactly what the application binds.
	 */
	static void bind(Connection connection, UUID organization, String kind) throws SQLException {
		bind(connection, organization, kind, null);
	}

	private static void bind(Connection connection, UUID organization, String kind, @Nullable String timeout)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(BIND_SQL)) {
			statement.setString(1, organization.toString());
			statement.setString(2, kind);
			statement.setString(3, timeout);
			statement.execute();
		}
	}

}
