package io.homeward.platform.network;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.homeward.platform.HomewardApplication;
import io.homeward.platform.LocalServicesInitializer;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.runtime.flyway.HasMigrationFiles;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The network module on its own, with the modules it depends on (tenancy, shared), on a
 * random port against the real PostgreSQL, Redis and Keycloak of the test JVM. Its
 * GraphQL schema is the slices of those modules only: the other modules' slices name
 * types and fields whose controllers are not started, which the schema inspection would
 * refuse. {@code shared} is named explicitly: the adapter uses its GraphQL runtime (the
 * HTTP handler, the page argument resolver, the operation transaction) through the
 * framework, not by injecting its beans, so Spring Modulith would not bootstrap it. Every
 * test class with this annotation shares one context.
 * <p>
 * The database is the whole application's: {@link LocalServicesInitializer} loads demo
 * data that spans every module, so whichever context starts first in the JVM must migrate
 * every module's folder, as the application does. Spring Modulith would migrate only the
 * modules of the test; {@link WholeSchema} replaces its strategy.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared",
		webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalServicesInitializer.class)
@Import(NetworkModuleTest.WholeSchema.class)
@TestPropertySource(properties = { "spring.modulith.runtime.flyway-enabled=false", "spring.graphql.schema.locations=",
		"spring.graphql.schema.additional-files=classpath:graphql/schema.graphqls,"
				+ "classpath:graphql/tenancy.graphqls,classpath:graphql/network.graphqls" })
@interface NetworkModuleTest {

	/** Every module's migrations, in module dependency order, as in the application. */
	@TestConfiguration(proxyBeanMethods = false)
	class WholeSchema {

		@Bean
		FlywayMigrationStrategy everyModulesMigrations() {
			return new SpringModulithFlywayMigrationStrategy(
					ApplicationModuleIdentifiers.of(ApplicationModules.of(HomewardApplication.class)),
					new HasMigrationFiles(new PathMatchingResourcePatternResolver()));
		}

	}

}
