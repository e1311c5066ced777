package io.homeward.platform;

import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.env.Environment;

/**
 * The whole platform on this machine: embedded PostgreSQL, Redis and Keycloak, demo data,
 * and the service on port 8080 with GraphiQL. Started by {@code ./mvnw -Pdemo}.
 */
public final class LocalHomewardApplication {

	private static final Logger log = LoggerFactory.getLogger(LocalHomewardApplication.class);

	private LocalHomewardApplication() {
	}

	public static void main(String[] args) {
		// Fixed ports, so the addresses printed below and in the README hold.
		System.setProperty("homeward.local.postgres-port", System.getProperty("homeward.local.postgres-port", "5433"));
		System.setProperty("homeward.local.redis-port", System.getProperty("homeward.local.redis-port", "6380"));
		System.setProperty("homeward.local.keycloak-port", System.getProperty("homeward.local.keycloak-port", "8180"));
		// Keycloak takes longest to start and the application needs it only for sign-in:
		// both start at once, and health reports DOWN until Keycloak answers.
		System.setProperty("homeward.local.keycloak-in-background",
				System.getProperty("homeward.local.keycloak-in-background", "true"));
		SpringApplication application = new SpringApplication(HomewardApplication.class);
		application.addInitializers(new LocalServicesInitializer());
		application.setAdditionalProfiles("dev");
		application.addListeners((event) -> {
			if (event instanceof ApplicationReadyEvent ready) {
				Thread.ofPlatform().name("demo-ready").start(() -> whenKeycloakAnswers(ready));
			}
		});
		application.run(args);
	}

	private static void whenKeycloakAnswers(ApplicationReadyEvent ready) {
		try {
			LocalServices.shared().awaitKeycloak();
		}
		catch (RuntimeException ex) {
			log.error("Keycloak did not start, so no one can sign in: stopping the demo", ex);
			System.exit(SpringApplication.exit(ready.getApplicationContext(), () -> 1));
		}
		printAddresses(ready.getApplicationContext().getEnvironment());
	}

	private static void printAddresses(Environment environment) {
		LocalServices services = LocalServices.shared();
		KeycloakEndpoint keycloak = services.keycloak();
		String port = environment.getProperty("local.server.port", "8080");
		System.out.printf("""

				  Homeward is running with demo data.
				    GraphQL      http://localhost:%1$s/graphql
				    GraphiQL     http://localhost:%1$s/graphiql
				    Health       http://localhost:%1$s/actuator/health
				    Portal       http://localhost:%1$s/
				    Keycloak     %2$s  (realm %3$s; admin console user %4$s / %5$s)
				    PostgreSQL   %6$s  (app role %7$s / %8$s)
				    Redis        %9$s:%10$s
				  Demo users (password "homeward"): operator, acme, globex, carrier.
				  Token:  curl -s -d grant_type=password -d client_id=homeward-cli -d username=acme \\
				            -d password=homeward %11$s
				  Stop with Ctrl+C.

				""", port, keycloak.baseUrl(), keycloak.realm(), keycloak.adminUser(), keycloak.adminPassword(),
				services.postgres().jdbcUrl(), services.postgres().appUser(), services.postgres().appPassword(),
				services.redis().host(), services.redis().port(), keycloak.tokenUri());
	}

}
