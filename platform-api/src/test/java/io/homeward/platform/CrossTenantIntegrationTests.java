package io.homeward.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.shared.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.homeward.platform.Fixtures.CREATE;
import static io.homeward.platform.Fixtures.returnInput;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation, with one tenant's token against another tenant's ids: a foreign id
 * answers exactly like a missing one, and nothing changes.
 */
@IntegrationTest
class CrossTenantIntegrationTests {

	static final String NODE = "query($id: ID!) { node(id: $id) { id ... on ReturnOrder { status items { sku } } } }";

	static final String TRANSITION = """
			mutation($input: ReturnTransitionInput!) {
			  %s(input: $input) { return { id status } userErrors { field code message } }
			}""";

	@LocalServerPort
	int port;

	String acmeReturn;

	String missingReturn;

	@BeforeEach
	void acmeHasAReturn() {
		acmeReturn = Api.as(port, "acme")
			.execute(CREATE, Map.of("input", returnInput("xt-" + UUID.randomUUID(), "XT-" + UUID.randomUUID())))
			.data()
			.read("$.data.returnCreate.return.id");
		missingReturn = GlobalId.encode("ReturnOrder", UUID.randomUUID());
	}

	String acmeView() {
		return Api.as(port, "acme").execute(NODE, Map.of("id", acmeReturn)).data().jsonString();
	}

	@Test
	void nodeOfAForeignReturnIsNullLikeAMissingOne() {
		String before = acmeView();
		for (String user : List.of("globex", "carrier")) {
			Api api = Api.as(port, user);
			String foreign = api.execute(NODE, Map.of("id", acmeReturn)).data().jsonString();
			String missing = api.execute(NODE, Map.of("id", missingReturn)).data().jsonString();
			assertThat(foreign).as(user).isEqualTo(missing).isEqualTo("{\"data\":{\"node\":null}}");
		}
		assertThat(acmeView()).isEqualTo(before);
	}

	@Test
	void mutationsOnAForeignReturnAnswerLikeAMissingOneAndChangeNothing() {
		String before = acmeView();
		for (String mutation : List.of("returnApprove", "returnDecline", "returnCancel")) {
			for (String user : List.of("globex", "carrier")) {
				Api api = Api.as(port, user);
				String foreign = api
					.execute(TRANSITION.formatted(mutation),
							Map.of("input", Map.of("returnId", acmeReturn, "note", "x")))
					.data()
					.jsonString();
				String missing = api
					.execute(TRANSITION.formatted(mutation),
							Map.of("input", Map.of("returnId", missingReturn, "note", "x")))
					.data()
					.jsonString();
				assertThat(foreign).as(user + " " + mutation).isEqualTo(missing).contains("NOT_FOUND");
			}
		}
		assertThat(acmeView()).isEqualTo(before).contains("REQUESTED");
	}

	@Test
	void listsAndFiltersNeverShowForeignReturns() {
		DocumentContext globex = Api.as(port, "globex")
			.execute("{ returns(first: 100) { totalCount edges { node { id shipper { name } items { sku } } } } }")
			.data();
		assertThat(globex.read("$.data.returns.edges[*].node.id", List.class)).isNotEmpty().doesNotContain(acmeReturn);
		assertThat(globex.read("$.data.returns.edges[*].node.shipper.name", List.class)).isNotEmpty()
			.containsOnly("Globex Electronics");
		DocumentContext filtered = Api.as(port, "globex")
			.execute(
					"query($p: ID!) { returns(first: 100, filter: {programId: $p, status: [REQUESTED]}) { edges { node { id } } } }",
					Map.of("p", Fixtures.programId(Fixtures.EU_CONSUMER)))
			.data();
		// Globex has requested returns in the program: the filter has rows to leave the
		// foreign one out of.
		assertThat(filtered.read("$.data.returns.edges[*].node.id", List.class)).isNotEmpty()
			.doesNotContain(acmeReturn);
	}

	@Test
	void aShipperCannotSeeAnotherShipperButSeesOperatorsAndCarriers() {
		Api globex = Api.as(port, "globex");
		String org = "query($id: ID!) { node(id: $id) { ... on Organization { name kind } } }";
		assertThat(
				globex.execute(org, Map.of("id", GlobalId.encode("Organization", Fixtures.ACME))).data().jsonString())
			.isEqualTo(globex.execute(org, Map.of("id", GlobalId.encode("Organization", UUID.randomUUID())))
				.data()
				.jsonString());
		assertThat(globex.execute(org, Map.of("id", GlobalId.encode("Organization", Fixtures.OPERATOR)))
			.data()
			.read("$.data.node.kind", String.class)).isEqualTo("OPERATOR");
		assertThat(globex.execute(org, Map.of("id", GlobalId.encode("Organization", Fixtures.CARRIER)))
			.data()
			.read("$.data.node.kind", String.class)).isEqualTo("CARRIER");
	}

	@Test
	void idempotencyKeysAreScopedPerTenant() {
		String key = "shared-key-" + UUID.randomUUID();
		String acme = Api.as(port, "acme")
			.execute(CREATE, Map.of("input", returnInput(key, "K-" + UUID.randomUUID())))
			.data()
			.read("$.data.returnCreate.return.id");
		String globex = Api.as(port, "globex")
			.execute(CREATE, Map.of("input", returnInput(key, "K-" + UUID.randomUUID())))
			.data()
			.read("$.data.returnCreate.return.id");
		assertThat(globex).isNotNull().isNotEqualTo(acme);
	}

	@Test
	void theOperatorSeesTheReturnButNotTheCustomerAndCannotChangeIt() {
		Api operator = Api.as(port, "operator");
		DocumentContext seen = operator
			.execute("""
					query($id: ID!) { node(id: $id) { ... on ReturnOrder {
					  status customer { name } items { sku } originCity origin { line1 } reasonNote statusNote } } }""",
					Map.of("id", acmeReturn))
			.data();
		assertThat(seen.read("$.data.node.status", String.class)).isEqualTo("REQUESTED");
		assertThat(seen.read("$.data.node.customer", Object.class)).isNull();
		assertThat(seen.read("$.data.node.originCity", String.class)).isEqualTo("Madrid");
		assertThat(seen.read("$.data.node.origin", Object.class)).isNull();
		assertThat(seen.read("$.data.node.reasonNote", Object.class)).isNull();
		assertThat(seen.read("$.data.node.statusNote", Object.class)).isNull();
		assertThat(seen.read("$.data.node.items[*].sku", List.class)).hasSize(2);
		String before = acmeView();
		assertThat(
				operator.execute(TRANSITION.formatted("returnCancel"), Map.of("input", Map.of("returnId", acmeReturn)))
					.data()
					.read("$.data.returnCancel.userErrors[0].code", String.class))
			.isEqualTo("NOT_PERMITTED");
		assertThat(acmeView()).isEqualTo(before);
	}

	@Test
	void membershipGatesCreationPerShipper() {
		String leave = "mutation($input: ProgramMembershipInput!) { programLeave(input: $input) { userErrors { code } } }";
		String join = "mutation($input: ProgramMembershipInput!) { programJoin(input: $input) { userErrors { code } } }";
		Map<String, Object> program = Map.of("input", Map.of("programId", Fixtures.programId(Fixtures.EU_CONSUMER)));
		Api globex = Api.as(port, "globex");
		assertThat(globex.execute(leave, program).data().read("$.data.programLeave.userErrors", List.class)).isEmpty();
		try {
			DocumentContext refused = globex
				.execute(CREATE, Map.of("input", returnInput("m-" + UUID.randomUUID(), "M-" + UUID.randomUUID())))
				.data();
			assertThat(refused.read("$.data.returnCreate.userErrors[0].code", String.class)).isEqualTo("NOT_A_MEMBER");
			// Acme's membership of the same program is untouched.
			DocumentContext acme = Api.as(port, "acme")
				.execute(CREATE, Map.of("input", returnInput("m-" + UUID.randomUUID(), "M-" + UUID.randomUUID())))
				.data();
			assertThat(acme.read("$.data.returnCreate.userErrors", List.class)).isEmpty();
		}
		finally {
			assertThat(globex.execute(join, program).data().read("$.data.programJoin.userErrors", List.class))
				.isEmpty();
		}
	}

}
