package io.homeward.infra.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of its own, with the Homeward roles and database, for a test that stops,
 * restarts or moves its database without taking the suite's shared one along (the shared
 * one also holds Keycloak's realm). The server is driven with its own {@code pg_ctl}, as
 * an operator would: {@link #kill()} is {@code pg_ctl stop -m immediate}, the crash stop
 * that aborts every backend without a checkpoint, so {@link #start()} recovers from the
 * write-ahead log.
 */
public final class StandalonePostgres implements AutoCloseable {

	private static final String LOOPBACK = "localhost";

	private final EmbeddedPostgres server;

	private final File dataDirectory;

	private final Path pgCtl;

	private final int port;

	private volatile String host = LOOPBACK;

	private StandalonePostgres(EmbeddedPostgres server, File dataDirectory, Path pgCtl) {
		this.server = server;
		this.dataDirectory = dataDirectory;
		this.pgCtl = pgCtl;
		this.port = server.getPort();
	}

	/**
	 * Starts a new server on a free port of loopback, with the roles and the database.
	 */
	public static StandalonePostgres launch() {
		try {
			File data = Files.createTempDirectory("homeward-standalone-pg").toFile();
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(true)
				// Durable commits, as in production: the embedded launcher turns them off
				// for speed, and a crash stop then loses the last acknowledged commits (a
				// test of PostgreSQL killed under load found two returns answered as made
				// and never written).
				.setServerConfig("synchronous_commit", "on")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
			StandalonePostgres postgres = new StandalonePostgres(server, data, pgCtlOf(data));
			DatabaseBootstrap.bootstrap(LOOPBACK, server.getPort(), "postgres", "postgres");
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The {@code pg_ctl} beside the running postmaster's binary: the embedded
	 * distribution unpacks its binaries to a directory of its own choosing, and the
	 * postmaster's process names it.
	 */
	private static Path pgCtlOf(File data) throws IOException {
		long pid = Long.parseLong(Files.readAllLines(data.toPath().resolve("postmaster.pid")).get(0).trim());
		String postgres = ProcessHandle.of(pid)
			.flatMap((process) -> process.info().command())
			.orElseThrow(() -> new IllegalStateException("No postmaster process " + pid));
		return Path.of(postgres).resolveSibling("pg_ctl");
	}

	/** Where the Homeward database is now, with the two roles' credentials. */
	public PostgresEndpoint endpoint() {
		return new PostgresEndpoint(host, port, "homeward", "homeward_owner", DatabaseBootstrap.OWNER_PASSWORD,
				"homeward_app", DatabaseBootstrap.APP_PASSWORD);
	}

	/**
	 * The Homeward database as the superuser, which row-level security does not apply to;
	 * on loopback, so not once the server listens in a namespace only.
	 */
	public DataSource superuser() {
		return server.getDatabase("postgres", "homeward");
	}

	/**
	 * {@code pg_ctl stop -m immediate}: every backend ends at once, nothing is flushed.
	 */
	public void kill() {
		pgCtl(List.of(), "stop", "-m", "immediate", "-w", "-t", "30");
	}

	/** Starts the server again on loopback, after {@link #kill()} or {@link #stop()}. */
	public void start() {
		startOn(List.of(), LOOPBACK);
	}

	/** {@code pg_ctl stop -m fast}: open sessions are ended, then a clean shutdown. */
	public void stop() {
		pgCtl(List.of(), "stop", "-m", "fast", "-w", "-t", "30");
	}

	/**
	 * Starts the stopped server inside a network namespace, listening only on the
	 * namespace's {@code address}: clients then reach it over whatever link the namespace
	 * has, with whatever that link does to packets ({@code tc netem}).
	 * {@link #endpoint()} names that address from then on. {@code clients} is the network
	 * (CIDR) the clients connect from.
	 */
	public void startInNamespace(String namespace, String address, String clients) {
		try {
			// initdb trusts loopback only; the roles' passwords admit the namespace's
			// peers.
			Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"),
					"host all all " + clients + " scram-sha-256\n", StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		startOn(List.of("ip", "netns", "exec", namespace), address);
	}

	private void startOn(List<String> prefix, String address) {
		// The options of the first start: the port, durable commits, fsync off (the
		// operating system, which keeps running, still writes what PostgreSQL wrote), and
		// where to listen.
		String options = "-p " + port + " -F -c synchronous_commit=on -c listen_addresses=" + address;
		String log = new File(dataDirectory, "server.log").getPath();
		pgCtl(prefix, "start", "-w", "-t", "30", "-l", log, "-o", options);
		this.host = address;
	}

	private void pgCtl(List<String> prefix, String... arguments) {
		List<String> command = new ArrayList<>(prefix);
		if ("root".equals(System.getProperty("user.name"))) {
			// PostgreSQL refuses to run as root. As the embedded launcher does, run it in
			// a
			// user namespace of its own, where it is nobody, as the data directory then
			// appears to be.
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(pgCtl.toString());
		command.add("-D");
		command.add(dataDirectory.getPath());
		command.addAll(List.of(arguments));
		run(command);
	}

	static void run(List<String> command) {
		try {
			// To a file, not a pipe: a pipe nobody reads would block whatever writes to
			// it.
			Path output = Files.createTempFile("homeward-command", ".log");
			try {
				Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(output.toFile())
					.start();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IllegalStateException("Timed out: " + String.join(" ", command));
				}
				if (process.exitValue() != 0) {
					throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", command)
							+ "\n" + Files.readString(output, StandardCharsets.UTF_8));
				}
			}
			finally {
				Files.deleteIfExists(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + String.join(" ", command), ex);
		}
	}

	/** Stops the server if it runs, and removes its data. */
	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
