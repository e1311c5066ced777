package io.homeward.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the roles and the database from {@code infra/postgres/roles.sql}, as a
 * superuser.
 */
final class DatabaseBootstrap {

	static final String OWNER_PASSWORD = "homeward-owner-local";

	static final String APP_PASSWORD = "homeward-app-local";

	private DatabaseBootstrap() {
	}

	static PostgresEndpoint bootstrap(String host, int port, String superUser, String superPassword) {
		String script = resource("homeward/postgres/roles.sql").replace("${HOMEWARD_OWNER_PASSWORD}", OWNER_PASSWORD)
			.replace("${HOMEWARD_APP_PASSWORD}", APP_PASSWORD);
		String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, superUser, superPassword);
				Statement statement = connection.createStatement()) {
			// CREATE DATABASE cannot run inside a transaction block, so statements go one
			// by one.
			for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
				if (!sql.isBlank()) {
					statement.execute(sql);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the Homeward roles and database", ex);
		}
		return new PostgresEndpoint(host, port, "homeward", "homeward_owner", OWNER_PASSWORD, "homeward_app",
				APP_PASSWORD);
	}

	static String resource(String name) {
		try (InputStream in = DatabaseBootstrap.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
