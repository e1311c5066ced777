package io.homeward.platform.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.transaction.CannotCreateTransactionException;

/** What a failure from below says about the database. */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether the work failed for want of a connection, or lost the one it had, however
	 * the layers between (Spring's translation, Hibernate's, the transaction manager's)
	 * wrapped it:
	 * <ul>
	 * <li>no connection within the pool's timeout (HikariCP's
	 * {@link SQLTransientConnectionException}), or no turn for one (a
	 * {@link CannotCreateTransactionException} of its own, without a cause);</li>
	 * <li>a connection-class SQLSTATE (08: refused, broken), or the server shutting down
	 * or starting (57P01–57P03);</li>
	 * <li>a connection the pool has already taken back as broken: HikariCP then answers
	 * every further call on it with a plain "Connection is closed", without a SQLSTATE,
	 * from its closed-connection proxy.</li>
	 * </ul>
	 * Nothing of such work was committed by it, unless the connection broke during the
	 * commit itself; either way a retry with the same idempotency key is safe.
	 */
	public static boolean unreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException
					|| cause instanceof CannotCreateTransactionException && cause.getCause() == null) {
				return true;
			}
			if (cause instanceof SQLException sql) {
				String state = sql.getSQLState();
				if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
					return true;
				}
				if (state == null && fromClosedPooledConnection(sql)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean fromClosedPooledConnection(SQLException ex) {
		StackTraceElement[] trace = ex.getStackTrace();
		return trace.length > 0 && trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

}
