package io.homeward.platform.network;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.ModuleIntegrationTest;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network module's API end to end, per role and per kind of organization: who may
 * administer lanes and memberships, and what each kind reads. The reads go through
 * statements with no organization predicate ({@link NetworkQueries}), so what they show
 * is what the row-level security policies let through.
 */
@ModuleIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NetworkModuleIntegrationTests {

	static final String MAD = GlobalId.encode(Hub.TYPE, UUID.fromString("a0000000-0000-4000-8000-000000000001"));

	static final String GRU = GlobalId.encode(Hub.TYPE, UUID.fromString("a0000000-0000-4000-8000-000000000002"));

	static final String RTM = GlobalId.encode(Hub.TYPE, UUID.fromString("a0000000-0000-4000-8000-000000000004"));

	static final String MAD_RTM_ROAD = GlobalId.encode(Lane.TYPE,
			UUID.fromString("b0000000-0000-4000-8000-000000000001"));

	static final String EU_CONSUMER = Fixtures.programId(Fixtures.EU_CONSUMER);

	/** The lane the tests open for the second carrier; removed after each test. */
	static final String BARGE = "GRU-RTM-BARGE";

	@LocalServerPort
	int port;

	@BeforeAll
	static void aSecondCarrier() throws SQLException {
		NetworkDatabase.organization(NetworkDatabase.OTHER_CARRIER, "Slow Barge Lines", "CARRIER");
	}

	/**
	 * Lanes are visible to every shipper: one left behind would change what later tests
	 * count. The application role may not delete lanes; the owner may, bound to the
	 * operator.
	 */
	@AfterEach
	void removeTheBargeLane() throws SQLException {
		try (Connection operator = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.update(operator, "delete from lane where code = '" + BARGE + "'"))
				.isLessThanOrEqualTo(1);
			operator.commit();
		}
	}

	HttpGraphQlTester as(String user) {
		return HttpGraphQlTester.builder(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql"))
			.headers((headers) -> headers.setBearerAuth(Api.token(user)))
			.build();
	}

	List<String> laneCodes(String user) {
		return as(user).documentName("network/lanes")
			.execute()
			.path("lanes.edges[*].node.code")
			.entityList(String.class)
			.get();
	}

	static Map<String, Object> barge(String carrier) {
		return Map.of("code", BARGE, "originHubId", GRU, "destinationHubId", RTM, "mode", "SEA", "carrierId", carrier,
				"transitDays", 35);
	}

	@Test
	void membersWithoutTheAdminRoleAdministerNoLanes() {
		List<String> before = laneCodes("operator");
		HttpGraphQlTester clerk = as("operator-clerk");
		clerk.documentName("network/laneCreate")
			.variable("input", barge(GlobalId.encode("Organization", Fixtures.CARRIER)))
			.execute()
			.path("laneCreate.lane")
			.valueIsNull()
			.path("laneCreate.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("NOT_PERMITTED")
			.path("laneCreate.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input")
			.path("laneCreate.userErrors[0].message")
			.entity(String.class)
			.isEqualTo("Opening lanes needs the org-admin role");
		clerk.documentName("network/laneUpdate")
			.variable("input", Map.of("laneId", MAD_RTM_ROAD, "transitDays", 1))
			.execute()
			.path("laneUpdate.lane")
			.valueIsNull()
			.path("laneUpdate.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("NOT_PERMITTED")
			.path("laneUpdate.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("input");
		// Nothing changed: no new lane, the road lane still takes three days.
		assertThat(laneCodes("operator")).isNotEmpty().isEqualTo(before).doesNotContain(BARGE);
		as("acme").document("query($id: ID!) { node(id: $id) { ... on Lane { transitDays } } }")
			.variable("id", MAD_RTM_ROAD)
			.execute()
			.path("node.transitDays")
			.entity(Integer.class)
			.isEqualTo(3);
		// Positive control: the same change by the administrator goes through (to the
		// value
		// it already has).
		as("operator").documentName("network/laneUpdate")
			.variable("input", Map.of("laneId", MAD_RTM_ROAD, "transitDays", 3))
			.execute()
			.path("laneUpdate.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("laneUpdate.lane.transitDays")
			.entity(Integer.class)
			.isEqualTo(3);
	}

	@Test
	void membersWithoutTheAdminRoleNeitherJoinNorLeavePrograms() {
		HttpGraphQlTester clerk = as("acme-clerk");
		for (String mutation : List.of("programLeave", "programJoin")) {
			clerk.documentName("network/" + mutation)
				.variable("input", Map.of("programId", EU_CONSUMER))
				.execute()
				.path(mutation + ".membership")
				.valueIsNull()
				.path(mutation + ".userErrors[*].code")
				.entityList(String.class)
				.containsExactly("NOT_PERMITTED")
				.path(mutation + ".userErrors[0].field")
				.entityList(String.class)
				.containsExactly("input")
				.path(mutation + ".userErrors[0].message")
				.entity(String.class)
				.satisfies((message) -> assertThat(message).endsWith("programs needs the org-admin role"));
		}
		// Acme is still an active member of both programs.
		assertThat(as("acme").documentName("network/programs")
			.execute()
			.path("programs.edges[*].node.viewerMembership.status")
			.entityList(String.class)
			.get()).containsExactly("ACTIVE", "ACTIVE");
		// Positive control: the administrator's join of the same program is accepted
		// (and,
		// as Acme is a member, changes nothing).
		as("acme").documentName("network/programJoin")
			.variable("input", Map.of("programId", EU_CONSUMER))
			.execute()
			.path("programJoin.userErrors")
			.entityList(Object.class)
			.hasSize(0)
			.path("programJoin.membership.status")
			.entity(String.class)
			.isEqualTo("ACTIVE");
	}

	@Test
	void aLaneUpdateReportsFormAndExistenceProblemsTogether() {
		GraphQlTester.Response response = as("operator").documentName("network/laneUpdate")
			.variable("input",
					Map.of("laneId", GlobalId.encode(Lane.TYPE, UUID.randomUUID()), "code", "bad code", "transitDays",
							500, "carrierId", GlobalId.encode("Organization", Fixtures.ACME)))
			.execute();
		response.path("laneUpdate.lane").valueIsNull();
		List<Map<String, Object>> errors = response.path("laneUpdate.userErrors")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		assertThat(errors).extracting((error) -> error.get("field") + " " + error.get("code"))
			.containsExactlyInAnyOrder("[input, laneId] NOT_FOUND", "[input, code] INVALID",
					"[input, transitDays] OUT_OF_RANGE", "[input, carrierId] NOT_FOUND");
	}

	@Test
	void aCarrierReadsTheLanesItRunsAndNotAnotherCarriersLanes(Scenario scenario) {
		List<String> carrierBefore = laneCodes("carrier");
		scenario
			.stimulate(() -> as("operator").documentName("network/laneCreate")
				.variable("input", barge(GlobalId.encode("Organization", NetworkDatabase.OTHER_CARRIER)))
				.execute()
				.path("laneCreate.userErrors")
				.entityList(Object.class)
				.hasSize(0)
				.path("laneCreate.lane.carrier.name")
				.entity(String.class)
				.isEqualTo("Slow Barge Lines")
				.path("laneCreate.lane.id")
				.entity(String.class)
				.get())
			.andWaitForStateChange(() -> laneCodes("acme"), (codes) -> codes.contains(BARGE))
			.andVerify((acme, id) -> {
				// The owning operator and every shipper read the new lane.
				assertThat(laneCodes("operator")).contains(BARGE);
				assertThat(laneCodes("globex")).contains(BARGE);
				// Rapid Freight reads the lanes it runs, as before, and not the barge
				// lane,
				// neither in the list nor by id.
				List<String> carrier = laneCodes("carrier");
				assertThat(carrier).isNotEmpty().isEqualTo(carrierBefore).doesNotContain(BARGE);
				assertThat(as("carrier").documentName("network/lanes")
					.execute()
					.path("lanes.edges[*].node.carrier.name")
					.entityList(String.class)
					.get()).isNotEmpty().containsOnly("Rapid Freight");
				as("carrier").document("query($id: ID!) { node(id: $id) { id } }")
					.variable("id", id)
					.execute()
					.path("node")
					.valueIsNull();
				as("acme").document("query($id: ID!) { node(id: $id) { id } }")
					.variable("id", id)
					.execute()
					.path("node.id")
					.entity(String.class)
					.isEqualTo(id);
			});
	}

	@Test
	void aCarrierReadsProgramsWithoutTheirTermsOrLanesAndShippersReadBoth() {
		GraphQlTester.Response carrier = as("carrier").documentName("network/programs").execute();
		carrier.path("programs.edges[*].node.code")
			.entityList(String.class)
			.containsExactly("EU-CONSUMER", "GLOBAL-RECOVERY");
		carrier.path("programs.edges[0].node.terms").valueIsNull();
		carrier.path("programs.edges[1].node.terms").valueIsNull();
		carrier.path("programs.edges[*].node.lanes[*]").entityList(Object.class).hasSize(0);
		for (String user : List.of("acme", "operator")) {
			GraphQlTester.Response reader = as(user).documentName("network/programs").execute();
			reader.path("programs.edges[*].node.terms")
				.entityList(String.class)
				.hasSize(2)
				.satisfies((terms) -> assertThat(terms).allMatch((text) -> text.startsWith("1. Scope.")));
			reader.path("programs.edges[0].node.lanes[*].code")
				.entityList(String.class)
				.containsExactly("MAD-RTM-PARCEL", "MAD-RTM-ROAD");
		}
	}

	@Test
	void aCarrierReadsTheHubsItDrivesBetween() {
		for (String user : List.of("carrier", "acme", "operator")) {
			as(user).documentName("network/hubs")
				.execute()
				.path("hubs.edges[*].node.code")
				.entityList(String.class)
				.containsExactly("MAD", "GRU", "SGN", "RTM");
		}
	}

}
