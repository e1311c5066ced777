package io.homeward.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Points the application at this JVM's local services (started once, shared by every test
 * context) and loads the demo data once the schema is migrated. Used by the test suite
 * and the demo launcher.
 */
public class LocalServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicBoolean seeded = new AtomicBoolean();

	/** In order: the network and returns, then prices on that network. */
	private static final String[] DEMO_SCRIPTS = { "db/demo/demo-data.sql", "db/demo/demo-pricing.sql" };

	/**
	 * Scripts of modules that a module test may leave out (its migrations then do not
	 * run): each is loaded by the first context whose database has its table, once.
	 */
	private static final Map<String, String> OPTIONAL_SCRIPTS = Map.of("db/demo/demo-consolidation.sql",
			"handling_unit");

	private static final java.util.Set<String> optionalSeeded = java.util.concurrent.ConcurrentHashMap.newKeySet();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LocalServices services = LocalServices.shared();
		PostgresEndpoint postgres = services.postgres();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", postgres.jdbcUrl());
		properties.put("spring.datasource.username", postgres.appUser());
		properties.put("spring.datasource.password", postgres.appPassword());
		properties.put("spring.flyway.url", postgres.jdbcUrl());
		properties.put("spring.flyway.user", postgres.ownerUser());
		properties.put("spring.flyway.password", postgres.ownerPassword());
		properties.put("spring.data.redis.host", services.redis().host());
		properties.put("spring.data.redis.port", services.redis().port());
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", services.keycloak().issuer());
		properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", services.keycloak().jwkSetUri());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("localServices", properties));
		context.getBeanFactory().registerSingleton("localServices", services);
		context.addApplicationListener((event) -> {
			if (event instanceof ApplicationReadyEvent) {
				if (seeded.compareAndSet(false, true)) {
					seed(postgres);
				}
				seedOptional(postgres);
			}
		});
	}

	/**
	 * Runs the demo data script as the owner in one transaction; the script binds each
	 * organization before writing its rows, so row-level security applies to it as to
	 * everyone.
	 */
	private static synchronized void seedOptional(PostgresEndpoint postgres) {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.ownerUser(),
				postgres.ownerPassword())) {
			for (Map.Entry<String, String> script : OPTIONAL_SCRIPTS.entrySet()) {
				if (optionalSeeded.contains(script.getKey())) {
					continue;
				}
				try (var rs = connection.createStatement()
					.executeQuery("select to_regclass('public." + script.getValue() + "') is not null")) {
					rs.next();
					if (!rs.getBoolean(1)) {
						continue;
					}
				}
				connection.setAutoCommit(false);
				ScriptUtils.executeSqlScript(connection, new ClassPathResource(script.getKey()));
				connection.commit();
				connection.setAutoCommit(true);
				optionalSeeded.add(script.getKey());
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the demo data", ex);
		}
	}

	private static void seed(PostgresEndpoint postgres) {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.ownerUser(),
				postgres.ownerPassword())) {
			connection.setAutoCommit(false);
			for (String script : DEMO_SCRIPTS) {
				ScriptUtils.executeSqlScript(connection, new ClassPathResource(script));
			}
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not load the demo data", ex);
		}
	}

}
