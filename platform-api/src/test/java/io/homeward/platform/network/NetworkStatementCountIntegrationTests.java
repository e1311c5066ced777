package io.homeward.platform.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every association of a program is batched: the statements of a page of programs with
 * their lanes, the lanes' hubs and carriers, the destination, the operator and the
 * shipper's membership do not grow with the number of programs.
 */
@IntegrationTest
class NetworkStatementCountIntegrationTests {

	static final String PROGRAMS = document("network/programsWithTheirNetwork");

	@LocalServerPort
	int port;

	List<String> statementsFor(int first) {
		Api acme = Api.as(port, "acme");
		acme.execute(PROGRAMS, Map.of("first", first)).data();
		SqlStatements.reset();
		List<Object> edges = acme.execute(PROGRAMS, Map.of("first", first)).data().read("$.data.programs.edges");
		assertThat(edges).hasSize(first);
		return SqlStatements.statements();
	}

	@Test
	void programsWithTheirNetworkTakeTheSameStatementsForOneAndTwoPrograms() {
		List<String> one = statementsFor(1);
		List<String> two = statementsFor(2);
		assertThat(two).as("statements for one program: %s", one).hasSameSizeAs(one);
		// Positive control: one binding, then one statement per level (programs, their
		// lanes, the lanes' origins, carriers, destinations, operators, memberships),
		// each of which ran.
		assertThat(two).as("%s", two)
			.hasSize(8)
			.anyMatch((sql) -> sql.contains("from program_lane"))
			.anyMatch((sql) -> sql.contains("from program_membership"))
			.anyMatch((sql) -> sql.contains("from hub"))
			.anyMatch((sql) -> sql.contains("from organization"));
		assertThat(two.stream().filter(SqlStatements::isBinding)).hasSize(1);
	}

	/** A document of {@code graphql-test/}, by name. */
	static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
