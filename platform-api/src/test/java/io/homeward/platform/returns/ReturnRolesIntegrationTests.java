package io.homeward.platform.returns;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with returns, end to end over HTTP with each demo user's real token:
 * every member of a shipper creates and moves its returns, the program's operator reads
 * them without their personal data and changes nothing, the carrier sees none. Documents
 * are in {@code graphql-test/returns/}.
 */
@IntegrationTest
class ReturnRolesIntegrationTests {

	@LocalServerPort
	int port;

	HttpGraphQlTester as(String user) {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + Api.token(user))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		return HttpGraphQlTester.create(client);
	}

	static Map<String, Object> input(String user) {
		String key = user + "-" + UUID.randomUUID();
		return Fixtures.returnInput(key, "ROLE-" + key.substring(key.length() - 12));
	}

	String create(String user) {
		return as(user).documentName("returns/returnCreate")
			.variable("input", input(user))
			.execute()
			.path("returnCreate.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("returnCreate.return.status")
			.entity(String.class)
			.isEqualTo("REQUESTED")
			.path("returnCreate.return.id")
			.entity(String.class)
			.get();
	}

	@Test
	void everyMemberOfTheShipperCreatesAndMovesItsReturns() {
		for (String user : List.of("acme", "acme-clerk")) {
			String id = create(user);
			as(user).documentName("returns/returnApprove")
				.variable("input", Map.of("returnId", id))
				.execute()
				.path("returnApprove.userErrors")
				.entityList(Object.class)
				.hasSize(0)
				.path("returnApprove.return.status")
				.entity(String.class)
				.isEqualTo("APPROVED");
			// The clerk's return is Acme's: the admin reads it whole, personal data
			// included.
			as("acme").documentName("returns/returnNode")
				.variable("id", id)
				.execute()
				.path("node.status")
				.entity(String.class)
				.isEqualTo("APPROVED")
				.path("node.origin.line1")
				.entity(String.class)
				.isEqualTo("Calle de Alcalá 50")
				.path("node.reasonNote")
				.entity(String.class)
				.isEqualTo("Zip broken")
				.path("node.customer.name")
				.entity(String.class)
				.isEqualTo("Lucía Pérez");
		}
	}

	@Test
	void theOperatorReadsReturnsWithoutPersonalDataAndChangesNothing() {
		String id = create("acme-clerk");
		as("acme-clerk").documentName("returns/returnDecline")
			.variable("input", Map.of("returnId", id, "note", "Outside the return window for Lucía Pérez"))
			.execute()
			.path("returnDecline.return.statusNote")
			.entity(String.class)
			.isEqualTo("Outside the return window for Lucía Pérez");

		HttpGraphQlTester operator = as("operator");
		operator.documentName("returns/returnNode")
			.variable("id", id)
			.execute()
			.path("node.status")
			.entity(String.class)
			.isEqualTo("DECLINED")
			.path("node.originCity")
			.entity(String.class)
			.isEqualTo("Madrid")
			.path("node.originCountry")
			.entity(String.class)
			.isEqualTo("ES")
			.path("node.items[*].sku")
			.entityList(String.class)
			.containsExactly("TENT-2P", "LAMP-300")
			.path("node.origin")
			.valueIsNull()
			.path("node.reasonNote")
			.valueIsNull()
			.path("node.statusNote")
			.valueIsNull()
			.path("node.customer")
			.valueIsNull();

		operator.documentName("returns/returnsPage")
			.variable("first", 100)
			.execute()
			.path("returns.edges[*].node.originCity")
			.entityList(String.class)
			.hasSizeGreaterThan(0)
			.satisfies((cities) -> assertThat(cities).doesNotContainNull())
			.path("returns.edges[*].node.shipper.name")
			.entityList(String.class)
			.contains("Acme Outdoor", "Globex Electronics")
			.path("returns.edges[*].node.origin")
			.entityList(Object.class)
			.hasSizeGreaterThan(0)
			.satisfies((origins) -> assertThat(origins).containsOnlyNulls())
			.path("returns.edges[*].node.reasonNote")
			.entityList(Object.class)
			.satisfies((notes) -> assertThat(notes).isNotEmpty().containsOnlyNulls())
			.path("returns.edges[*].node.statusNote")
			.entityList(Object.class)
			.satisfies((notes) -> assertThat(notes).isNotEmpty().containsOnlyNulls());

		for (String user : List.of("operator", "operator-clerk")) {
			as(user).documentName("returns/returnCreate")
				.variable("input", input(user))
				.execute()
				.path("returnCreate.return")
				.valueIsNull()
				.path("returnCreate.userErrors[0].code")
				.entity(String.class)
				.isEqualTo("NOT_PERMITTED")
				.path("returnCreate.userErrors[0].field")
				.entityList(String.class)
				.containsExactly("input");
			as(user).documentName("returns/returnApprove")
				.variable("input", Map.of("returnId", create("acme")))
				.execute()
				.path("returnApprove.return")
				.valueIsNull()
				.path("returnApprove.userErrors[0].code")
				.entity(String.class)
				.isEqualTo("NOT_PERMITTED");
		}
	}

	@Test
	void theCarrierSeesNoReturnAndMayNotCreateOne() {
		String id = create("acme");
		HttpGraphQlTester carrier = as("carrier");
		carrier.documentName("returns/returnsPage")
			.variable("first", 100)
			.execute()
			.path("returns.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		carrier.documentName("returns/returnNode").variable("id", id).execute().path("node").valueIsNull();
		carrier.documentName("returns/returnCreate")
			.variable("input", input("carrier"))
			.execute()
			.path("returnCreate.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_PERMITTED");
		carrier.documentName("returns/returnApprove")
			.variable("input", Map.of("returnId", id))
			.execute()
			.path("returnApprove.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");
	}

}
