package io.homeward.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import org.jspecify.annotations.Nullable;

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

	/** The ports of the servers seeded in this JVM: each database is seeded once. */
	private static final Set<Integer> seeded = ConcurrentHashMap.newKeySet();

	/**
	 * In order: the network and returns, then prices on that network, then units and
	 * loads of those returns' parcels. Every context of the test JVM migrates every
	 * module's folder, module tests too, so whichever starts first has every table these
	 * scripts fill.
	 */
	private static final String[] DEMO_SCRIPTS = { "db/demo/demo-data.sql", "db/demo/demo-pricing.sql",
			"db/demo/demo-consolidation.sql", "db/demo/demo-customs.sql", "db/demo/demo-tracking.sql",
			"db/demo/demo-disposition.sql", "db/demo/demo-sustainability.sql" };

	private final @Nullable PostgresEndpoint database;

	/** On the suite's shared services. */
	public LocalServicesInitializer() {
		this.database = null;
	}

	/**
	 * On the shared Redis and Keycloak, with a database of its own (a test's
	 * {@link io.homeward.infra.local.StandalonePostgres}), seeded with the same demo
	 * data.
	 */
	public LocalServicesInitializer(PostgresEndpoint database) {
		this.database = database;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LocalServices services = LocalServices.shared();
		PostgresEndpoint postgres = (database != null) ? database : services.postgres();
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", postgres.jdbcUrl());
		properties.put("spring.datasource.username", postgres.appUser());
		properties.put("spring.datasource.password", postgres.appPassword());
		properties.put("spring.flyway.url", postgres.jdbcUrl());
		properties.put("spring.flyway.user", postgres.ownerUser());
		properties.put("spring.flyway.password", postgres.ownerPassword());
		// The suite's few users run thousands of operations a minute: buckets too large
		// to empty, refilled slowly (in a week) so that what a test measures of them is
		// what it did (CostRateLimitsIntegrationTests).
		properties.put("homeward.rate-limits.organization-cost", 1_000_000_000);
		properties.put("homeward.rate-limits.user-cost", 1_000_000_000);
		properties.put("homeward.rate-limits.period", "7d");
		properties.put("spring.data.redis.host", services.redis().host());
		properties.put("spring.data.redis.port", services.redis().port());
		properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", services.keycloak().issuer());
		properties.put("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", services.keycloak().jwkSetUri());
		// Onboarding reaches Keycloak's admin API as the development realm's provisioner.
		properties.put("homeward.onboarding.keycloak-url", services.keycloak().baseUrl());
		properties.put("homeward.onboarding.client-secret", "provisioner-secret");
		// Webhooks: a throw-away key for the secrets at rest, receivers on loopback over
		// plain
		// http, and no scheduled relay (tests drive WebhookRelay.runOnce themselves).
		properties.put("homeward.webhooks.encryption-key", "aG9tZXdhcmQtbG9jYWwtd2ViaG9vay1rZXktMzJieXQ=");
		properties.put("homeward.webhooks.allow-loopback-http", true);
		properties.put("homeward.webhooks.relay-enabled", false);
		// Nor a scheduled retention job (tests run PersonalDataRetention.runOnce).
		properties.put("homeward.personal-data.retention-enabled", false);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("localServices", properties));
		context.getBeanFactory().registerSingleton("localServices", services);
		context.addApplicationListener((event) -> {
			if (event instanceof ApplicationReadyEvent) {
				if (seeded.add(postgres.port())) {
					seed(postgres);
				}
			}
		});
	}

	/**
	 * Runs the demo data scripts as the owner in one transaction; each script binds each
	 * organization before writing its rows, so row-level security applies to them as to
	 * everyone.
	 */
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
