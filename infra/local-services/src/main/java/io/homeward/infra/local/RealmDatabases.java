package io.homeward.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keycloak's development database as it stands right after the realm's import, kept once
 * per distribution and realm file, so that a start copies a few megabytes instead of
 * creating Keycloak's schema (Liquibase: five seconds on two cores), its master realm and
 * admin, and importing the realm (another five). Every start works on a copy of its own,
 * so no start sees another's users, sessions or events.
 * <p>
 * A database is named by the distribution's directory (its version) and a digest of the
 * realm file: a changed realm makes a new one, never a stale one. One is published by
 * moving a complete copy into place, so two builds preparing it at once leave one whole
 * database and never half of one.
 */
final class RealmDatabases {

	/** Where {@code kc.sh start-dev --db dev-file} keeps its H2 files, under its home. */
	static final String DATA = "data/h2";

	private final Path root;

	RealmDatabases(Path root) {
		this.root = root;
	}

	/** Beside the distribution, which the build keeps in the user's cache. */
	static RealmDatabases beside(Path distribution) {
		return new RealmDatabases(distribution.toAbsolutePath().resolveSibling("realm-databases"));
	}

	Path location(Path distribution, String realm) {
		return this.root.resolve(distribution.getFileName() + "-" + digest(realm));
	}

	Optional<Path> find(Path distribution, String realm) {
		Path database = location(distribution, realm);
		return Files.isDirectory(database) ? Optional.of(database) : Optional.empty();
	}

	/**
	 * Copies the H2 files of a stopped Keycloak's home into place as the database of this
	 * distribution and realm, unless another start published it first.
	 */
	void publish(Path home, Path distribution, String realm) {
		Path target = location(distribution, realm);
		try {
			Files.createDirectories(this.root);
			Path staging = Files.createTempDirectory(this.root, ".staging-");
			copyDatabase(home.resolve(DATA), staging);
			try {
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				EmbeddedKeycloak.removeHome(staging);
				// Linux refuses to rename onto a directory with files ("Directory not
				// empty"), as a plain FileSystemException: another start was first.
				if (!Files.isDirectory(target)) {
					throw ex;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep Keycloak's database in " + target, ex);
		}
	}

	/** Gives a new home its own copy of a published database. */
	static void copyInto(Path database, Path home) {
		try {
			copyDatabase(database, Files.createDirectories(home.resolve(DATA)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not copy Keycloak's database from " + database, ex);
		}
	}

	/**
	 * The database files only: H2's lock file exists while a server has it open, and a
	 * trace file is a log.
	 */
	private static void copyDatabase(Path from, Path to) throws IOException {
		try (var files = Files.list(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				if (Files.isRegularFile(file) && !name.endsWith(".lock.db") && !name.endsWith(".trace.db")) {
					Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static String digest(String realm) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(realm.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
