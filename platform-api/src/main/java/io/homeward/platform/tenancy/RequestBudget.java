package io.homeward.platform.tenancy;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The time a request (a GraphQL operation, a file) may spend in the database, all its
 * transactions together: {@link #BUDGET} from its arrival. Each transaction it begins
 * gets the rest as its {@code statement_timeout} ({@link TenantJpaDialect}, in the
 * statement that binds the tenant, so it costs no statement), and one begun after the
 * budget is spent fails at once. A query that would run for minutes, or a request that
 * queues statement after statement, is cancelled by PostgreSQL and answered
 * {@code TIMEOUT}, and its connection goes back to the pool. The application role's own
 * {@code statement_timeout} ({@code infra/postgres/roles.sql}) bounds everything else it
 * runs.
 * <p>
 * Every data fetcher of a request runs on the request's thread
 * ({@code GraphQlExecutionConfiguration}), so the deadline is the thread's.
 */
final class RequestBudget extends OncePerRequestFilter {

	/** Ten times a slow page, a third of the role's own timeout. */
	static final Duration BUDGET = Duration.ofSeconds(10);

	private static final ThreadLocal<Long> deadline = new ThreadLocal<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		deadline.set(System.nanoTime() + BUDGET.toNanos());
		try {
			chain.doFilter(request, response);
		}
		finally {
			deadline.remove();
		}
	}

	/**
	 * The milliseconds left of the current request's budget (zero or less when spent), or
	 * none outside a request (a subscription's events, the outbox relay, startup).
	 */
	static OptionalLong remainingMillis() {
		Long end = deadline.get();
		return (end != null) ? OptionalLong.of(Duration.ofNanos(end - System.nanoTime()).toMillis())
				: OptionalLong.empty();
	}

}
