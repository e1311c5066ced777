package io.homeward.infra.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three services Homeward needs, running on this machine. {@link #shared()} starts
 * them once per JVM, which is how the test suite and the demo launcher use them.
 */
public interface LocalServices extends AutoCloseable {

	PostgresEndpoint postgres();

	RedisEndpoint redis();

	KeycloakEndpoint keycloak();

	/**
	 * Stops Redis only, leaving the others running: for tests of the cache's fallback.
	 */
	void stopRedis();

	/** Starts Redis again on the same port after {@link #stopRedis()}. */
	void startRedis();

	/**
	 * Returns once Keycloak answers: at once, unless the options let it finish starting
	 * while the application starts ({@link LocalServicesOptions#keycloakInBackground()}).
	 * @throws IllegalStateException if it did not start
	 */
	default void awaitKeycloak() {
	}

	@Override
	void close();

	/**
	 * The services of this JVM, started on first use with
	 * {@link LocalServicesOptions#fromSystemProperties()} and stopped when the JVM exits.
	 */
	static LocalServices shared() {
		return Shared.INSTANCE;
	}

	/**
	 * Starts a new set of services. Containers are used when the options ask for them, or
	 * ask for {@link LocalServicesOptions.Mode#AUTO} and a Docker engine answers;
	 * otherwise embedded processes.
	 */
	static LocalServices start(LocalServicesOptions options) {
		boolean containers = switch (options.mode()) {
			case CONTAINERS -> true;
			case EMBEDDED -> false;
			case AUTO -> ContainerServices.dockerAvailable();
		};
		return containers ? ContainerServices.start(options) : EmbeddedServices.start(options);
	}

	final class Shared {

		private static final Logger log = LoggerFactory.getLogger(LocalServices.class);

		static final LocalServices INSTANCE = startShared();

		private Shared() {
		}

		private static LocalServices startShared() {
			LocalServices services = start(LocalServicesOptions.fromSystemProperties());
			Runtime.getRuntime().addShutdownHook(new Thread(services::close, "local-services-shutdown"));
			log.info("Local services: PostgreSQL {}, Redis {}:{}, Keycloak {}", services.postgres().jdbcUrl(),
					services.redis().host(), services.redis().port(), services.keycloak().baseUrl());
			return services;
		}

	}

}
