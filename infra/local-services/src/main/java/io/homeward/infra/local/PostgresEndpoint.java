package io.homeward.infra.local;

/**
 * Where the {@code homeward} database is, and the two roles that use it: the owner runs
 * migrations, the application role serves requests under row-level security.
 */
public record PostgresEndpoint(String host, int port, String database, String ownerUser, String ownerPassword,
		String appUser, String appPassword) {

	public String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database;
	}

}
