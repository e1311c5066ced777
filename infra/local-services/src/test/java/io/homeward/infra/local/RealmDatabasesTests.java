package io.homeward.infra.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak's database is kept once per distribution and realm file, and every start gets
 * a copy of its own. Checked on files of H2's layout; that Keycloak starts on such a copy
 * is what every integration test's start does.
 */
class RealmDatabasesTests {

	@TempDir
	Path cache;

	@Test
	void aDatabaseIsKeptPerDistributionAndRealmFile() throws IOException {
		Path distribution = Files.createDirectories(this.cache.resolve("keycloak-26.7.3"));
		Path other = Files.createDirectories(this.cache.resolve("keycloak-27.0.0"));
		RealmDatabases databases = RealmDatabases.beside(distribution);
		Path home = stoppedHome("after the import");
		assertThat(databases.find(distribution, "{\"realm\":\"homeward\"}")).isEmpty();

		databases.publish(home, distribution, "{\"realm\":\"homeward\"}");

		assertThat(databases.find(distribution, "{\"realm\":\"homeward\"}")).get()
			.satisfies((kept) -> assertThat(kept.resolve("keycloakdb.mv.db")).hasContent("after the import"));
		// A changed realm file, or another Keycloak, never starts on this database.
		assertThat(databases.find(distribution, "{\"realm\":\"homeward\",\"enabled\":true}")).isEmpty();
		assertThat(databases.find(other, "{\"realm\":\"homeward\"}")).isEmpty();
	}

	@Test
	void theFirstDatabasePublishedStaysWhole() throws IOException {
		Path distribution = Files.createDirectories(this.cache.resolve("keycloak-26.7.3"));
		RealmDatabases databases = RealmDatabases.beside(distribution);
		databases.publish(stoppedHome("first"), distribution, "realm");

		databases.publish(stoppedHome("second"), distribution, "realm");

		Path kept = databases.find(distribution, "realm").orElseThrow();
		assertThat(kept.resolve("keycloakdb.mv.db")).hasContent("first");
		// No half-published copies are left beside it.
		try (var entries = Files.list(kept.getParent())) {
			assertThat(entries).containsExactly(kept);
		}
	}

	@Test
	void eachStartGetsItsOwnCopyOfTheDatabaseFilesOnly() throws IOException {
		Path distribution = Files.createDirectories(this.cache.resolve("keycloak-26.7.3"));
		RealmDatabases databases = RealmDatabases.beside(distribution);
		Path stopped = stoppedHome("imported");
		Files.writeString(stopped.resolve(RealmDatabases.DATA).resolve("keycloakdb.trace.db"), "a log");
		databases.publish(stopped, distribution, "realm");
		Path kept = databases.find(distribution, "realm").orElseThrow();
		Path one = Files.createTempDirectory(this.cache, "home-");
		Path two = Files.createTempDirectory(this.cache, "home-");

		RealmDatabases.copyInto(kept, one);
		RealmDatabases.copyInto(kept, two);
		Files.writeString(one.resolve(RealmDatabases.DATA).resolve("keycloakdb.mv.db"), "users added by one start");

		assertThat(two.resolve(RealmDatabases.DATA).resolve("keycloakdb.mv.db")).hasContent("imported");
		assertThat(kept.resolve("keycloakdb.mv.db")).hasContent("imported");
		assertThat(kept.resolve("keycloakdb.trace.db")).doesNotExist();
		assertThat(kept.resolve("keycloakdb.lock.db")).doesNotExist();
	}

	/** A home as a stopped {@code start-dev --db dev-file} leaves it. */
	private Path stoppedHome(String database) throws IOException {
		Path home = Files.createTempDirectory(this.cache, "stopped-");
		Path data = Files.createDirectories(home.resolve(RealmDatabases.DATA));
		Files.writeString(data.resolve("keycloakdb.mv.db"), database);
		Files.writeString(data.resolve("keycloakdb.lock.db"), "held");
		return home;
	}

}
