package io.homeward.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL answers, within a second. Replaces Spring Boot's {@code db} indicator
 * ({@code management.health.db.enabled: false}), which borrows a connection from the
 * pool: with the database gone that waits out the pool's connection timeout (5 s), so
 * readiness, the very signal that should take the instance out of rotation, answered
 * last; and with the pool busy under load it would take every instance out at once for a
 * database that is fine. So this opens a connection of its own, with one-second connect
 * and socket timeouts, runs {@code select 1} and closes it: a refused connection is DOWN
 * at once, a database too slow to answer {@code select 1} in a second is DOWN after one.
 * A probe every few seconds costs PostgreSQL one short session each.
 */
@Component("db")
class DatabaseHealthIndicator implements HealthIndicator {

	private static final String TIMEOUT_SECONDS = "1";

	private final String url;

	private final Properties connection = new Properties();

	DatabaseHealthIndicator(DataSource dataSource) throws SQLException {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		this.url = pool.getJdbcUrl();
		this.connection.setProperty("user", pool.getUsername());
		if (pool.getPassword() != null) {
			this.connection.setProperty("password", pool.getPassword());
		}
		this.connection.setProperty("connectTimeout", TIMEOUT_SECONDS);
		this.connection.setProperty("loginTimeout", TIMEOUT_SECONDS);
		this.connection.setProperty("socketTimeout", TIMEOUT_SECONDS);
		this.connection.setProperty("ApplicationName", "homeward-health");
	}

	@Override
	public Health health() {
		try (Connection database = DriverManager.getConnection(url, connection);
				Statement statement = database.createStatement()) {
			statement.execute("select 1");
			return Health.up().build();
		}
		catch (SQLException ex) {
			return Health.down().withDetail("sqlState", String.valueOf(ex.getSQLState())).build();
		}
	}

}
