package io.homeward.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak's server distribution as a child process in {@code start-dev} mode with an
 * in-memory database, importing {@code infra/keycloak/homeward-realm.json} on every
 * start. The distribution is unpacked by the build from the {@code keycloak-quarkus-dist}
 * zip on Maven Central.
 */
final class EmbeddedKeycloak implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloak.class);

	static final String REALM = "homeward";

	static final String ADMIN_USER = "admin";

	static final String ADMIN_PASSWORD = "admin";

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

	private final KeycloakEndpoint endpoint;

	private final Process process;

	private final Path logFile;

	private final Path home;

	private EmbeddedKeycloak(KeycloakEndpoint endpoint, Process process, Path logFile, Path home) {
		this.endpoint = endpoint;
		this.process = process;
		this.logFile = logFile;
		this.home = home;
	}

	static EmbeddedKeycloak launch(Ports ports, int requestedPort) {
		int port = ports.allocate(requestedPort);
		int managementPort = ports.allocate(0);
		Path distribution = distribution();
		try {
			Path home = privateHome(distribution, DatabaseBootstrap.resource("homeward/keycloak/homeward-realm.json"));
			Path script = home.resolve("bin/kc.sh");
			script.toFile().setExecutable(true);
			Path logFile = Files.createTempFile("homeward-keycloak-" + port + "-", ".log");
			ProcessBuilder builder = new ProcessBuilder(
					List.of(script.toString(), "start-dev", "--http-port", Integer.toString(port), "--db", "dev-mem",
							"--import-realm", "--http-management-port", Integer.toString(managementPort)))
				.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(logFile.toFile());
			// Run Keycloak on the JDK running this code (the build selects a JDK 21+
			// toolchain).
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
			Process process = builder.start();
			log.info("Starting Keycloak on port {} (log: {})", port, logFile);
			return new EmbeddedKeycloak(
					new KeycloakEndpoint("http://localhost:" + port, REALM, ADMIN_USER, ADMIN_PASSWORD), process,
					logFile, home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Keycloak from " + distribution, ex);
		}
	}

	/**
	 * A Keycloak home of this start's own, beside the shared distribution: its own
	 * {@code data} (with {@code data/import}, the only directory {@code start-dev
	 * --import-realm} reads realms from: the {@code dir} option belongs to
	 * {@code kc.sh import}, and the start's import directory is always its home's) and
	 * its own copy of the small {@code bin} scripts, since {@code kc.sh} takes its home
	 * from its own resolved path; everything else ({@code lib}, {@code conf},
	 * {@code themes}, {@code providers}) is a link to the distribution. Two builds
	 * starting Keycloak at once (two worktrees, say) so never read each other's realm
	 * files nor share transaction logs.
	 */
	static Path privateHome(Path distribution, String realm) throws IOException {
		Path home = Files.createTempDirectory("homeward-keycloak-home-");
		try (var entries = Files.list(distribution)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				String name = entry.getFileName().toString();
				if (name.equals("data")) {
					continue;
				}
				if (name.equals("bin")) {
					copyScripts(entry, home.resolve("bin"));
				}
				else {
					Files.createSymbolicLink(home.resolve(name), entry.toAbsolutePath());
				}
			}
		}
		Path imports = Files.createDirectories(home.resolve("data/import"));
		Files.writeString(imports.resolve("homeward-realm.json"), realm, StandardCharsets.UTF_8);
		return home;
	}

	private static void copyScripts(Path from, Path to) throws IOException {
		try (var files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	/** Removes a private home: its own files and the links, never what they link to. */
	static void removeHome(Path home) {
		try (var paths = Files.walk(home)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("Could not remove Keycloak's private home {}: {}", home, ex.getMessage());
		}
	}

	private static Path distribution() {
		Properties properties = new Properties();
		try (InputStream in = EmbeddedKeycloak.class.getClassLoader()
			.getResourceAsStream("homeward/local-services.properties")) {
			properties.load(in);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("homeward/local-services.properties is missing from the classpath", ex);
		}
		Path home = Path.of(System.getProperty("homeward.keycloak.home", properties.getProperty("keycloak.home")));
		if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home
					+ ": build infra/local-services with Maven, which unpacks keycloak-quarkus-dist there");
		}
		return home;
	}

	KeycloakEndpoint endpoint() {
		return endpoint;
	}

	/**
	 * Waits until the realm answers. When a randomly chosen port was taken by another
	 * process before Keycloak could bind it, starts once more on new ports and returns
	 * that instance.
	 */
	EmbeddedKeycloak awaitReady(Ports ports, int requestedPort) {
		try {
			awaitReady();
			return this;
		}
		catch (IllegalStateException ex) {
			if (requestedPort != 0 || !tail().contains("Address already in use")) {
				throw ex;
			}
			log.warn("Keycloak's port was taken meanwhile; starting it again on another port");
			EmbeddedKeycloak again = launch(ports, 0);
			again.awaitReady();
			return again;
		}
	}

	void awaitReady() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(endpoint.issuer() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail());
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					log.info("Keycloak is ready at {}", endpoint.baseUrl());
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for Keycloak", ex);
			}
			sleep();
		}
		close();
		throw new IllegalStateException("Keycloak did not become ready within " + STARTUP_TIMEOUT + ":\n" + tail());
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String tail() {
		try {
			List<String> lines = Files.readAllLines(logFile);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		removeHome(home);
	}

}
