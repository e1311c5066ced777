package io.homeward.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.HasMigrationFiles;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ModuleTestExecution;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The test class's module with the modules it depends on (and {@code shared}, which every
 * module test starts), against this JVM's real PostgreSQL, Redis and Keycloak. Test
 * classes with the same attributes share one context.
 * <p>
 * Two things differ from the whole application, and both follow from which modules the
 * test starts, so no test lists them and a new module changes none of them:
 * <ul>
 * <li>GraphQL's schema is the root file and the slice of every started module only: the
 * other slices name fields whose controllers are not started, which the schema inspection
 * would refuse.</li>
 * <li>Flyway still migrates every module's folder, as the application does: the database
 * is the whole application's, and {@link LocalServicesInitializer} loads demo data that
 * fills every module's tables in whichever context starts first. Spring Modulith would
 * migrate only the started modules.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ContextConfiguration(initializers = LocalServicesInitializer.class)
@Import(ModuleIntegrationTest.Slice.class)
@TestPropertySource(properties = "spring.graphql.schema.locations=")
public @interface ModuleIntegrationTest {

	@AliasFor(annotation = ApplicationModuleTest.class)
	BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

	/** Modules to start beyond those the mode reaches. */
	@AliasFor(annotation = ApplicationModuleTest.class)
	String[] extraIncludes() default {};

	@AliasFor(annotation = ApplicationModuleTest.class)
	WebEnvironment webEnvironment() default WebEnvironment.MOCK;

	@TestConfiguration(proxyBeanMethods = false)
	class Slice {

		/**
		 * Every module's migrations, in module dependency order, as in the application.
		 */
		@Bean
		@Primary
		FlywayMigrationStrategy everyModulesMigrations(ApplicationModuleIdentifiers modules,
				ResourcePatternResolver resources) {
			return new SpringModulithFlywayMigrationStrategy(modules, new HasMigrationFiles(resources));
		}

		/**
		 * {@code graphql/schema.graphqls} and {@code graphql/<module>.graphqls} of each
		 * started module that has one.
		 */
		@Bean
		GraphQlSourceBuilderCustomizer startedModulesSchema(ModuleTestExecution execution,
				ResourcePatternResolver resources) {
			Resource[] files = Stream
				.concat(Stream.of("schema"),
						execution.getModules()
							.stream()
							.filter((module) -> execution.isIncludedInExecution(module.getIdentifier()))
							.map((module) -> module.getIdentifier().toString()))
				.map((name) -> resources.getResource("classpath:graphql/" + name + ".graphqls"))
				.filter(Resource::exists)
				.toArray(Resource[]::new);
			return (builder) -> builder.schemaResources(files);
		}

	}

}
