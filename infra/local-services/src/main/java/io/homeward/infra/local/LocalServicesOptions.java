package io.homeward.infra.local;

/**
 * Ports and mode for {@link LocalServices}. A port of 0 means "any free port", which
 * tests use so they never collide with a running demo.
 *
 * @param postgresPort PostgreSQL port, 0 for a free one
 * @param redisPort Redis port, 0 for a free one
 * @param keycloakPort Keycloak HTTP port, 0 for a free one
 * @param mode embedded processes, containers, or containers when Docker is present
 * @param keycloakInBackground let Keycloak finish starting while the caller goes on (the
 * demo starts the application meanwhile, which saves most of Keycloak's start); only on a
 * fixed port, since a free one taken meanwhile means starting Keycloak again elsewhere
 */
public record LocalServicesOptions(int postgresPort, int redisPort, int keycloakPort, Mode mode,
		boolean keycloakInBackground) {

	public LocalServicesOptions {
		if (keycloakInBackground && keycloakPort == 0) {
			throw new IllegalArgumentException("Keycloak starts in the background only on a fixed port");
		}
	}

	public LocalServicesOptions(int postgresPort, int redisPort, int keycloakPort, Mode mode) {
		this(postgresPort, redisPort, keycloakPort, mode, false);
	}

	public enum Mode {

		AUTO, EMBEDDED, CONTAINERS

	}

	/** Free ports for everything: what the test suite uses. */
	public static LocalServicesOptions ephemeral() {
		return new LocalServicesOptions(0, 0, 0, Mode.AUTO);
	}

	/** The fixed ports the README promises for the demo: Keycloak on 8180. */
	public static LocalServicesOptions demo() {
		return new LocalServicesOptions(5433, 6380, 8180, Mode.AUTO);
	}

	/**
	 * Reads {@code homeward.local.postgres-port}, {@code redis-port},
	 * {@code keycloak-port}, {@code mode} (auto, embedded, containers) and
	 * {@code keycloak-in-background}, defaulting to {@link #ephemeral()}.
	 */
	public static LocalServicesOptions fromSystemProperties() {
		return new LocalServicesOptions(Integer.getInteger("homeward.local.postgres-port", 0),
				Integer.getInteger("homeward.local.redis-port", 0),
				Integer.getInteger("homeward.local.keycloak-port", 0),
				Mode.valueOf(System.getProperty("homeward.local.mode", "auto").toUpperCase(java.util.Locale.ROOT)),
				Boolean.getBoolean("homeward.local.keycloak-in-background"));
	}

}
