package io.homeward.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.homeward.platform.shared.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A circuit breaker (Resilience4j) in front of the connection pool.
 * <p>
 * With PostgreSQL gone, HikariCP keeps trying to connect for each caller until its
 * connection timeout (5 s), and a query waiting for its turn at the pool
 * ({@code QueryAdmission}) then waits that long again: failures took up to 10 s, with
 * every request's thread and client held meanwhile (PostgresOutageIntegrationTests). Once
 * half of the last borrows failed for want of the database, the circuit opens and borrows
 * fail at once, answered {@code UNAVAILABLE} with a retry hint like any other unreachable
 * database; after {@code open-for} a few borrows go through to see whether it is back,
 * and close the circuit when they succeed.
 * <p>
 * Only unreachability counts ({@link DatabaseFailures#unreachable}): a pool busy under
 * load, a statement timeout or a refused organization is not the database being away.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseCircuit {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCircuit.class);

	@Bean
	static BeanPostProcessor databaseCircuitBreaker(
			@Value("${homeward.database.circuit.open-for:2s}") Duration openFor) {
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(8)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(openFor)
			.permittedNumberOfCallsInHalfOpenState(2)
			.build();
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof Breaking)) {
					CircuitBreaker circuit = CircuitBreaker.of(name, config);
					circuit.getEventPublisher()
						.onStateTransition((event) -> log.warn("The database circuit of {} went {}", name,
								event.getStateTransition()));
					return new Breaking(dataSource, circuit);
				}
				return bean;
			}
		};
	}

	/** The pool, behind the circuit. */
	static final class Breaking extends DelegatingDataSource {

		private final CircuitBreaker circuit;

		Breaking(DataSource pool, CircuitBreaker circuit) {
			super(pool);
			this.circuit = circuit;
		}

		CircuitBreaker circuit() {
			return this.circuit;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return borrow(() -> super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return borrow(() -> super.getConnection(username, password));
		}

		private interface Borrow {

			Connection get() throws SQLException;

		}

		private Connection borrow(Borrow borrow) throws SQLException {
			if (!this.circuit.tryAcquirePermission()) {
				throw new SQLTransientConnectionException(
						"The database was unreachable moments ago; borrows fail at once until it answers again",
						"08001");
			}
			long started = System.nanoTime();
			try {
				Connection connection = borrow.get();
				this.circuit.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
				return connection;
			}
			catch (SQLException | RuntimeException ex) {
				if (DatabaseFailures.unreachable(ex)) {
					this.circuit.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, ex);
				}
				else {
					this.circuit.releasePermission();
				}
				throw ex;
			}
		}

	}

}
