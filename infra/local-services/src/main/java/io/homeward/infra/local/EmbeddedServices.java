package io.homeward.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

/** PostgreSQL and Redis as embedded processes, Keycloak as its server distribution. */
final class EmbeddedServices implements LocalServices {

	private final EmbeddedPostgres postgresServer;

	private final PostgresEndpoint postgres;

	private final RedisEndpoint redis;

	private RedisServer redisServer;

	private final EmbeddedKeycloak keycloak;

	private final CompletableFuture<Void> keycloakReady;

	private EmbeddedServices(EmbeddedPostgres postgresServer, PostgresEndpoint postgres, RedisServer redisServer,
			RedisEndpoint redis, EmbeddedKeycloak keycloak, CompletableFuture<Void> keycloakReady) {
		this.postgresServer = postgresServer;
		this.postgres = postgres;
		this.redisServer = redisServer;
		this.redis = redis;
		this.keycloak = keycloak;
		this.keycloakReady = keycloakReady;
	}

	static EmbeddedServices start(LocalServicesOptions options) {
		Ports ports = new Ports();
		int postgresPort = ports.allocate(options.postgresPort());
		int redisPort = ports.allocate(options.redisPort());
		// Keycloak takes longest: start its process first and wait for it last.
		EmbeddedKeycloak keycloak = EmbeddedKeycloak.launch(ports, options.keycloakPort());
		try {
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setPort(postgresPort)
				.setServerConfig("max_connections", "200")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
			PostgresEndpoint postgres = DatabaseBootstrap.bootstrap("localhost", pg.getPort(), "postgres", "postgres");
			RedisServer redisServer = redisServer(redisPort);
			redisServer.start();
			RedisEndpoint redis = new RedisEndpoint("localhost", redisPort);
			if (options.keycloakInBackground()) {
				EmbeddedKeycloak starting = keycloak;
				CompletableFuture<Void> ready = CompletableFuture.runAsync(starting::awaitReady,
						(task) -> Thread.ofPlatform().daemon().name("keycloak-start").start(task));
				return new EmbeddedServices(pg, postgres, redisServer, redis, keycloak, ready);
			}
			keycloak = keycloak.awaitReady(ports, options.keycloakPort());
			return new EmbeddedServices(pg, postgres, redisServer, redis, keycloak,
					CompletableFuture.completedFuture(null));
		}
		catch (IOException ex) {
			keycloak.close();
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			keycloak.close();
			throw ex;
		}
	}

	private static RedisServer redisServer(int port) throws IOException {
		return RedisServer.newRedisServer()
			.port(port)
			.bind("127.0.0.1")
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
	}

	@Override
	public PostgresEndpoint postgres() {
		return postgres;
	}

	@Override
	public RedisEndpoint redis() {
		return redis;
	}

	@Override
	public KeycloakEndpoint keycloak() {
		return keycloak.endpoint();
	}

	@Override
	public void awaitKeycloak() {
		try {
			this.keycloakReady.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	@Override
	public synchronized void stopRedis() {
		try {
			redisServer.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void startRedis() {
		try {
			redisServer = redisServer(redis.port());
			redisServer.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() {
		keycloak.close();
		try {
			if (redisServer.isActive()) {
				redisServer.stop();
			}
			postgresServer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
