package io.homeward.infra.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each start of Keycloak reads realms from an import directory of its own, so that two
 * builds starting it at once from one shared distribution cannot read each other's realm
 * files. Checked on a distribution of the same layout (starting Keycloak itself is what
 * every integration test's start does).
 */
class EmbeddedKeycloakTests {

	@TempDir
	Path distribution;

	@Test
	void twoStartsHaveTheirOwnImportDirectoriesAndShareTheDistributionOtherwise() throws IOException {
		Files.createDirectories(distribution.resolve("bin"));
		Files.writeString(distribution.resolve("bin/kc.sh"), "#!/bin/sh\n");
		Files.createDirectories(distribution.resolve("lib/quarkus"));
		Files.createDirectories(distribution.resolve("conf"));
		Files.createDirectories(distribution.resolve("data/import"));
		Files.writeString(distribution.resolve("data/import/homeward-realm.json"), "{\"realm\":\"stale\"}");
		Path one = EmbeddedKeycloak.privateHome(distribution, "{\"realm\":\"one\"}");
		Path two = EmbeddedKeycloak.privateHome(distribution, "{\"realm\":\"two\"}");
		try {
			assertThat(one.resolve("data/import")).isNotEqualTo(two.resolve("data/import"));
			assertThat(one.resolve("data/import/homeward-realm.json")).hasContent("{\"realm\":\"one\"}");
			assertThat(two.resolve("data/import/homeward-realm.json")).hasContent("{\"realm\":\"two\"}");
			// kc.sh takes its home from its own resolved path: a copy, not a link.
			assertThat(Files.isSymbolicLink(one.resolve("bin/kc.sh"))).isFalse();
			assertThat(one.resolve("bin/kc.sh").toRealPath()).startsWith(one.toRealPath());
			assertThat(Files.isSymbolicLink(one.resolve("lib"))).isTrue();
			assertThat(one.resolve("lib").toRealPath()).isEqualTo(distribution.resolve("lib").toRealPath());
			assertThat(Files.isSymbolicLink(one.resolve("conf"))).isTrue();
		}
		finally {
			EmbeddedKeycloak.removeHome(one);
			EmbeddedKeycloak.removeHome(two);
		}
		assertThat(one).doesNotExist();
		// Removing a home removes its links, never the distribution behind them.
		assertThat(distribution.resolve("lib/quarkus")).isDirectory();
		assertThat(distribution.resolve("bin/kc.sh")).exists();
		assertThat(distribution.resolve("data/import/homeward-realm.json")).hasContent("{\"realm\":\"stale\"}");
	}

}
