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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak's server distribution as a child process in {@code start-dev} mode, on an H2
 * database of its own. The distribution is unpacked by the build from the
 * {@code keycloak-quarkus-dist} zip on Maven Central.
 * <p>
 * The database is a copy of one kept after {@code infra/keycloak/homeward-realm.json} was
 * imported ({@link RealmDatabases}). Where there is none yet for this distribution and
 * realm file, the start imports the realm, stops Keycloak once the import is done, keeps
 * the database, and starts Keycloak again on it: the first start on a machine takes a few
 * seconds longer, every later one ten seconds less.
 */
final class EmbeddedKeycloak implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloak.class);

	static final String REALM = "homeward";

	static final String ADMIN_USER = "admin";

	static final String ADMIN_PASSWORD = "admin";

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	private final KeycloakEndpoint endpoint;

	private final int port;

	private final int managementPort;

	/**
	 * Where the start that imports the realm listens: a port of its own, so that nothing
	 * signs in to a Keycloak about to be stopped, nor takes it for ready.
	 */
	private final int preparationPort;

	private final Path distribution;

	private final String realm;

	private final RealmDatabases databases;

	private final Path logFile;

	private final Path home;

	/** Whether this start imports the realm to keep its database. */
	private boolean preparing;

	private boolean closed;

	private volatile Process process;

	private EmbeddedKeycloak(int port, int managementPort, int preparationPort, Path distribution, String realm,
			RealmDatabases databases, Path logFile, Path home, boolean preparing) {
		this.endpoint = new KeycloakEndpoint("http://localhost:" + port, REALM, ADMIN_USER, ADMIN_PASSWORD);
		this.port = port;
		this.managementPort = managementPort;
		this.preparationPort = preparationPort;
		this.distribution = distribution;
		this.realm = realm;
		this.databases = databases;
		this.logFile = logFile;
		this.home = home;
		this.preparing = preparing;
	}

	static EmbeddedKeycloak launch(Ports ports, int requestedPort) {
		int port = ports.allocate(requestedPort);
		int managementPort = ports.allocate(0);
		Path distribution = distribution();
		String realm = DatabaseBootstrap.resource("homeward/keycloak/homeward-realm.json");
		RealmDatabases databases = RealmDatabases.beside(distribution);
		Optional<Path> database = databases.find(distribution, realm);
		try {
			Path home = privateHome(distribution, database.isPresent() ? null : realm);
			database.ifPresent((kept) -> RealmDatabases.copyInto(kept, home));
			Path logFile = Files.createTempFile("homeward-keycloak-" + port + "-", ".log");
			EmbeddedKeycloak keycloak = new EmbeddedKeycloak(port, managementPort,
					database.isPresent() ? port : ports.allocate(0), distribution, realm, databases, logFile, home,
					database.isEmpty());
			keycloak.startProcess();
			log.info("Starting Keycloak on port {} (log: {}){}", port, logFile,
					database.isPresent() ? "" : ", importing the realm once to keep its database for later starts");
			return keycloak;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Keycloak from " + distribution, ex);
		}
	}

	private synchronized void startProcess() throws IOException {
		if (this.closed) {
			throw new IllegalStateException("Keycloak on port " + this.port + " was stopped while starting");
		}
		Path script = this.home.resolve("bin/kc.sh");
		script.toFile().setExecutable(true);
		List<String> command = new ArrayList<>(
				List.of(script.toString(), "start-dev", "--http-port", Integer.toString(listeningPort()),
						"--http-management-port", Integer.toString(this.managementPort), "--db", "dev-file"));
		if (this.preparing) {
			command.add("--import-realm");
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
		// Run Keycloak on the JDK running this code (the build selects a JDK 21+
		// toolchain).
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
		builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
		builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		this.process = builder.start();
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
	static Path privateHome(Path distribution, @Nullable String realm) throws IOException {
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
		if (realm != null) {
			Files.writeString(imports.resolve("homeward-realm.json"), realm, StandardCharsets.UTF_8);
		}
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
			close();
			EmbeddedKeycloak again = launch(ports, 0);
			again.awaitReady();
			return again;
		}
	}

	private int listeningPort() {
		return this.preparing ? this.preparationPort : this.port;
	}

	void awaitReady() {
		awaitAnswer(listeningPort());
		if (this.preparing) {
			keepDatabaseAndRestart();
			awaitAnswer(this.port);
		}
		log.info("Keycloak is ready at {}", this.endpoint.baseUrl());
	}

	/**
	 * Stops the Keycloak that has just imported the realm, keeps its database for later
	 * starts, and starts Keycloak again in the same home on that database, without the
	 * import. A Keycloak stopped by force may leave its database half written: it is
	 * started again, not kept.
	 */
	private void keepDatabaseAndRestart() {
		this.preparing = false;
		if (stopProcess()) {
			try {
				this.databases.publish(this.home, this.distribution, this.realm);
				log.info("Kept Keycloak's database after the realm's import in {}",
						this.databases.location(this.distribution, this.realm));
			}
			catch (UncheckedIOException ex) {
				log.warn("{}: the next start imports the realm again", ex.getMessage());
			}
		}
		try {
			startProcess();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Keycloak again from " + this.distribution, ex);
		}
	}

	private void awaitAnswer(int listening) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + listening + "/realms/" + REALM + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			Process running = this.process;
			if (!running.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + running.exitValue() + ":\n" + tail());
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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

	/** Stops the process; whether it stopped of itself, within the timeout. */
	private synchronized boolean stopProcess() {
		Process running = this.process;
		running.descendants().forEach(ProcessHandle::destroy);
		running.destroy();
		try {
			if (running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		running.descendants().forEach(ProcessHandle::destroyForcibly);
		running.destroyForcibly();
		return false;
	}

	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		stopProcess();
		removeHome(this.home);
	}

}
