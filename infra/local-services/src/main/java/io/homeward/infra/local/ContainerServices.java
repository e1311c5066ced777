package io.homeward.infra.local;

import java.time.Duration;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;

/**
 * The same three services as containers, for machines with a Docker engine. Images are
 * pinned to the versions the embedded variant runs.
 */
final class ContainerServices implements LocalServices {

	private static final String POSTGRES_IMAGE = "postgres:17-alpine";

	private static final String REDIS_IMAGE = "redis:7.4-alpine";

	private static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";

	private final GenericContainer<?> postgresContainer;

	private final GenericContainer<?> redisContainer;

	private final GenericContainer<?> keycloakContainer;

	private final PostgresEndpoint postgres;

	private ContainerServices(GenericContainer<?> postgresContainer, GenericContainer<?> redisContainer,
			GenericContainer<?> keycloakContainer, PostgresEndpoint postgres) {
		this.postgresContainer = postgresContainer;
		this.redisContainer = redisContainer;
		this.keycloakContainer = keycloakContainer;
		this.postgres = postgres;
	}

	/**
	 * Asks Testcontainers only where a Docker engine could be: a DOCKER_HOST, a
	 * Testcontainers configuration or a local socket. Elsewhere its probe would log
	 * errors on every start for nothing.
	 */
	static boolean dockerAvailable() {
		boolean candidate = System.getenv("DOCKER_HOST") != null
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock")) || java.nio.file.Files
					.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
		if (!candidate) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	static ContainerServices start(LocalServicesOptions options) {
		GenericContainer<?> pg = new GenericContainer<>(POSTGRES_IMAGE).withEnv("POSTGRES_PASSWORD", "postgres")
			.withExposedPorts(5432)
			.waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2));
		GenericContainer<?> redis = new GenericContainer<>(REDIS_IMAGE).withExposedPorts(6379);
		GenericContainer<?> keycloak = new GenericContainer<>(KEYCLOAK_IMAGE)
			.withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", EmbeddedKeycloak.ADMIN_USER)
			.withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", EmbeddedKeycloak.ADMIN_PASSWORD)
			.withCopyToContainer(Transferable.of(DatabaseBootstrap.resource("homeward/keycloak/homeward-realm.json")),
					"/opt/keycloak/data/import/homeward-realm.json")
			.withCommand("start-dev", "--import-realm", "--db", "dev-mem")
			.withExposedPorts(8080)
			.waitingFor(Wait.forHttp("/realms/" + EmbeddedKeycloak.REALM + "/.well-known/openid-configuration")
				.forPort(8080)
				.withStartupTimeout(Duration.ofMinutes(4)));
		pg.start();
		redis.start();
		keycloak.start();
		PostgresEndpoint endpoint = DatabaseBootstrap.bootstrap(pg.getHost(), pg.getMappedPort(5432), "postgres",
				"postgres");
		return new ContainerServices(pg, redis, keycloak, endpoint);
	}

	@Override
	public PostgresEndpoint postgres() {
		return postgres;
	}

	@Override
	public RedisEndpoint redis() {
		return new RedisEndpoint(redisContainer.getHost(), redisContainer.getMappedPort(6379));
	}

	@Override
	public KeycloakEndpoint keycloak() {
		return new KeycloakEndpoint(
				"http://" + keycloakContainer.getHost() + ":" + keycloakContainer.getMappedPort(8080),
				EmbeddedKeycloak.REALM, EmbeddedKeycloak.ADMIN_USER, EmbeddedKeycloak.ADMIN_PASSWORD);
	}

	@Override
	public void stopRedis() {
		redisContainer.getDockerClient().pauseContainerCmd(redisContainer.getContainerId()).exec();
	}

	@Override
	public void startRedis() {
		redisContainer.getDockerClient().unpauseContainerCmd(redisContainer.getContainerId()).exec();
	}

	@Override
	public void close() {
		keycloakContainer.stop();
		redisContainer.stop();
		postgresContainer.stop();
	}

}
