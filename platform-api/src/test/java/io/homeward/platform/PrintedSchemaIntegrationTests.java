package io.homeward.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import graphql.schema.idl.SchemaPrinter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's GraphQL operations are typed from {@code tenant-portal/schema.graphql},
 * the service's schema as it runs: the schema files lack the connection and edge types
 * Spring for GraphQL adds at startup, and the portal is built before this module, so it
 * cannot ask the service (ADR 0012). This test keeps the print what the service serves:
 * after a schema change, copy {@code target/schema.graphql}, which it writes, over it;
 * the portal's build then fails on any operation the change breaks.
 */
@IntegrationTest
class PrintedSchemaIntegrationTests {

	static final Path PRINTED = Path.of("../tenant-portal/schema.graphql");

	@Autowired
	GraphQlSource graphQl;

	@Test
	void thePortalsSchemaIsTheServicesSchema() throws IOException {
		String printed = print();
		Files.writeString(Path.of("target/schema.graphql"), printed, StandardCharsets.UTF_8);
		assertThat(printed).contains("type ReturnOrderConnection", "type Query");
		assertThat(PRINTED).as("tenant-portal/schema.graphql").exists();
		assertThat(Files.readString(PRINTED, StandardCharsets.UTF_8)).as("tenant-portal/schema.graphql")
			.isEqualTo(printed);
	}

	private String print() {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeScalarTypes(true)
			.includeSchemaDefinition(false)
			// graphql-js, which the portal's code generator uses, defines these itself.
			.includeDirectiveDefinition(
					(name) -> !Set.of("include", "skip", "deprecated", "specifiedBy").contains(name))
			.descriptionsAsHashComments(false)).print(this.graphQl.schema());
	}

}
