package io.homeward.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;

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

	/** The organization and its kind, in one statement. */
	private static final String BIND_SQL = "select set_config('app.org_id', ?, true), set_config('app.org_kind', ?, true)";

	/** The same, with the rest of the request's time budget ({@link RequestBudget}). */
	private static final String BIND_WITH_BUDGET_SQL = "select set_config('app.org_id', ?, true), "
			+ "set_config('app.org_kind', ?, true), set_config('statement_timeout', ?, true)";

	@Override
	public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
			throws PersistenceException, SQLException, TransactionException {
		OptionalLong remaining = RequestBudget.remainingMillis();
		if (remaining.isPresent() && remaining.getAsLong() <= 0) {
			throw new QueryTimeoutException("The request's time budget of " + RequestBudget.BUDGET.toSeconds()
					+ " s is spent; no transaction begins after it");
		}
		Object transactionData = super.beginTransaction(entityManager, definition);
		TenantContext.current().ifPresent((tenant) -> entityManager.unwrap(Session.class).doWork((connection) -> {
			if (remaining.isPresent()) {
				bind(connection, tenant.orgId(), tenant.kind().name(), remaining.getAsLong());
			}
			else {
				bind(connection, tenant.orgId(), tenant.kind().name());
			}
		}));
		return transactionData;
	}

	private static void bind(Connection connection, UUID organization, String kind, long timeoutMillis)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(BIND_WITH_BUDGET_SQL)) {
			statement.setString(1, organization.toString());
			statement.setString(2, kind);
			statement.setString(3, timeoutMillis + "ms");
			statement.execute();
		}
	}

	/**
	 * The one binding statement, also used by the isolation tests' plain JDBC (an empty
	 * kind binds an organization without its kind), so that they test the policies under
	 * exactly what the application binds.
	 */
	static void bind(Connection connection, UUID organization, String kind) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(BIND_SQL)) {
			statement.setString(1, organization.toString());
			statement.setString(2, kind);
			statement.execute();
		}
	}

}
