package io.homeward.platform.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.transaction.CannotCreateTransactionException;

/** What a failure from below says about the database. */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether the work failed because the database did not answer in time, for either of
	 * the two reasons below: answered {@code UNAVAILABLE} with a retry hint. Nothing of
	 * such work was committed by it, unless the connection broke during the commit
	 * itself; either way a retry with the same idempotency key is safe.
	 */
	public static boolean unavailable(Throwable ex) {
		return unreachable(ex) || busy(ex);
	}

	/**
	 * Whether the work failed for want of a connection the database would not give, or
	 * lost the one it had, however the layers between (Spring's translation, Hibernate's,
	 * the transaction manager's) wrapped it:
	 * <ul>
	 * <li>a connection-class SQLSTATE (08: refused, broken), or the server shutting down
	 * or starting (57P01–57P03); HikariCP's timeout carries the state of the last attempt
	 * to connect that failed;</li>
	 * <li>a connection the pool has already taken back as broken: HikariCP then answers
	 * every further call on it with a plain "Connection is closed", without a SQLSTATE,
	 * from its closed-connection proxy.</li>
	 * </ul>
	 */
	public static boolean unreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
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

	/**
	 * Whether the work found every connection taken for as long as it could wait: the
	 * pool's timeout without a failed attempt to connect (HikariCP's
	 * {@link SQLTransientConnectionException} without a SQLSTATE), or no turn for one (a
	 * {@link CannotCreateTransactionException} of its own, without a cause, from the
	 * queue in front of the pool). The database answers, slowly or for others.
	 */
	public static boolean busy(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException sql && sql.getSQLState() == null
					|| cause instanceof CannotCreateTransactionException && cause.getCause() == null) {
				return true;
			}
		}
		return false;
	}

	private static boolean fromClosedPooledConnection(SQLException ex) {
		StackTraceElement[] trace = ex.getStackTrace();
		return trace.length > 0 && trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
	}

}
