package io.homeward.platform.shared.graphql;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Lets queries into the database in the order they asked, as many at once as the pool has
 * connections.
 * <p>
 * HikariCP does not queue: a connection given back goes to whichever thread asks next,
 * often a newcomer rather than one already waiting for it. With sixteen requests sharing
 * eight connections that spread one document's latencies from a p50 of 9 ms to a p99 of
 * 39 ms (docs/benchmarks/2026-12-01-read-path.md, "The tail"); a fair semaphore in front
 * of the pool makes it first come, first served and took the p99 to 27–29 ms at the same
 * throughput. Mutations are not queued here: they are rare beside reads, and each runs in
 * its own service's transaction.
 */
final class QueryAdmission {

	private final Semaphore connections;

	private final Duration timeout;

	QueryAdmission(int connections, Duration timeout) {
		if (connections < 1) {
			throw new IllegalArgumentException("at least one connection, not " + connections);
		}
		this.connections = new Semaphore(connections, true);
		this.timeout = timeout;
	}

	/**
	 * Waits for a turn, as long as the pool itself would wait for a connection.
	 * @throws CannotCreateTransactionException when none came in time, as the pool's own
	 * timeout would
	 */
	void enter() {
		try {
			if (!this.connections.tryAcquire(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new CannotCreateTransactionException(
						"No database connection for a query within " + this.timeout.toMillis() + " ms");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CannotCreateTransactionException("Interrupted while waiting for a database connection", ex);
		}
	}

	void leave() {
		this.connections.release();
	}

	int available() {
		return this.connections.availablePermits();
	}

	int queued() {
		return this.connections.getQueueLength();
	}

}
