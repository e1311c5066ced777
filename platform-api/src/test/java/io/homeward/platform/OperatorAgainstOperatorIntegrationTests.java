package io.homeward.platform;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY case 9, operator against operator: a second operator, made here on both sides
 * (a Keycloak organization of kind OPERATOR with its admin, and the platform's record),
 * reads and changes nothing of the demo operator's network, loads, returns, prices,
 * shippers' audit logs or onboarded organizations. Each read is also made by the demo
 * operator itself, the positive control that shows the same read finds something.
 */
@IntegrationTest
class OperatorAgainstOperatorIntegrationTests {

	private static final String LANE = GlobalId.encode("Lane", UUID.fromString("b0000000-0000-4000-8000-000000000001"));

	private static final String LOAD = GlobalId.encode("Load", UUID.fromString("f0000000-0000-4000-8000-000000000003"));

	private static final String PROGRAM = Fixtures.programId(Fixtures.EU_CONSUMER);

	private static final String COUNTS = """
			{ hubs(first: 50) { totalCount } lanes(first: 50) { totalCount } programs(first: 50) { totalCount }
			  loads(first: 50) { totalCount } returns(first: 50) { totalCount } }""";

	@LocalServerPort
	int port;

	@Test
	void aSecondOperatorReadsAndChangesNothingOfTheFirst() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UUID rival = UUID.randomUUID();
		String password = "Pw-" + UUID.randomUUID();
		KeycloakEndpoint keycloak = LocalServices.shared().keycloak();
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			RealmResource realm = admin.realm(keycloak.realm());
			String organization = rivalOrganization(realm, rival, suffix);
			String user = rivalAdmin(realm, organization, suffix, password);
			try (Connection c = RlsProbe.owner(rival, "OPERATOR")) {
				RlsProbe.update(c, "insert into organization (id, name, kind) values ('" + rival + "', 'Rival Ops "
						+ suffix + "', 'OPERATOR')");
				c.commit();
			}
			try {
				Api them = Api.withToken(port, Api.freshToken("rival-" + suffix, password));
				Api us = Api.as(port, "operator");
				assertThat(them.execute("{ viewer { organization { kind } } }")
					.data()
					.read("$.data.viewer.organization.kind", String.class)).isEqualTo("OPERATOR");

				// The demo operator's lists: full for it, empty for the rival.
				Map<String, Object> ours = us.execute(COUNTS).data().read("$.data");
				Map<String, Object> theirs = them.execute(COUNTS).data().read("$.data");
				for (String list : List.of("hubs", "lanes", "programs", "loads", "returns")) {
					assertThat(((Map<?, ?>) ours.get(list)).get("totalCount")).as(list).isNotEqualTo(0);
					assertThat(((Map<?, ?>) theirs.get(list)).get("totalCount")).as(list).isEqualTo(0);
				}
				// Its objects by id, its prices, its loads' papers and costs.
				String reads = """
						query($lane: ID!, $load: ID!, $program: ID!, $acme: ID!) {
						  lane: node(id: $lane) { id } load: node(id: $load) { id } program: node(id: $program) { id }
						  rateCards(laneId: $lane) { version }
						  costStatements(loadId: $load) { load { id } lines { __typename } }
						  customsDeclaration(loadId: $load) { status }
						  auditLog(organizationId: $acme, first: 5) { edges { node { operation } } }
						}""";
				Map<String, Object> ids = Map.of("lane", LANE, "load", LOAD, "program", PROGRAM, "acme",
						GlobalId.encode("Organization", Fixtures.ACME));
				// Acme's log has an entry for the demo operator to read.
				Api.as(port, "acme")
					.execute(
							"mutation($input: ReturnTransitionInput!) { returnCancel(input: $input) { userErrors { code } } }",
							Map.of("input", Map.of("returnId", GlobalId.encode("ReturnOrder", UUID.randomUUID()))));
				Api.Result seen = us.execute(reads, ids);
				assertThat(seen.json().read("$", Map.class)).as(seen.body()).doesNotContainKey("errors");
				assertThat(seen.read("$.data.lane", Object.class)).isNotNull();
				assertThat(seen.read("$.data.rateCards", List.class)).isNotEmpty();
				assertThat(seen.read("$.data.auditLog.edges", List.class)).isNotEmpty();
				Api.Result unseen = them.execute(reads, ids);
				assertThat(unseen.json().read("$", Map.class)).as(unseen.body()).doesNotContainKey("errors");
				assertThat(unseen.read("$.data.lane", Object.class)).isNull();
				assertThat(unseen.read("$.data.load", Object.class)).isNull();
				assertThat(unseen.read("$.data.program", Object.class)).isNull();
				assertThat(unseen.read("$.data.rateCards", List.class)).isEmpty();
				assertThat(unseen.read("$.data.costStatements.lines", List.class)).isEmpty();
				assertThat(unseen.read("$.data.costStatements.load", Object.class)).isNull();
				assertThat(unseen.read("$.data.customsDeclaration", Object.class)).isNull();
				assertThat(unseen.read("$.data.auditLog.edges", List.class)).isEmpty();

				// Its lane and load are not the rival's to change: answered as missing
				// ones.
				String laneUpdate = "mutation($input: LaneUpdateInput!) { laneUpdate(input: $input) { userErrors { code } } }";
				assertThat(them.execute(laneUpdate, Map.of("input", Map.of("laneId", LANE, "transitDays", 1)))
					.read("$.data.laneUpdate.userErrors[0].code", String.class)).isEqualTo("NOT_FOUND");
				String dispatch = "mutation($input: LoadTransitionInput!) { loadDispatch(input: $input) { userErrors { code } } }";
				assertThat(them.execute(dispatch, Map.of("input", Map.of("loadId", LOAD, "version", 0)))
					.read("$.data.loadDispatch.userErrors[0].code", String.class)).isEqualTo("NOT_FOUND");
				assertThat(us
					.execute("query($lane: ID!) { node(id: $lane) { ... on Lane { transitDays } } }",
							Map.of("lane", LANE))
					.read("$.data.node.transitDays", Integer.class)).isNotEqualTo(1);

				// Nor are the demo shippers, or one the demo operator onboards, the
				// rival's
				// to manage.
				Api.Result onboarded = us.execute("""
						mutation($input: OrganizationCreateInput!) {
						  organizationCreate(input: $input) { organization { id } userErrors { code } } }""",
						Map.of("input",
								Map.of("idempotencyKey", "rival-" + suffix, "name", "Ours " + suffix, "kind", "SHIPPER",
										"admin", Map.of("email", "ours-" + suffix + "@onboarding.test", "firstName",
												"Olu", "lastName", "Ade"))));
				String ourShipper = onboarded.read("$.data.organizationCreate.organization.id");
				for (String target : List.of(ourShipper, GlobalId.encode("Organization", Fixtures.ACME))) {
					assertThat(them
						.execute("""
								mutation($input: OrganizationUserInviteInput!) {
								  organizationUserInvite(input: $input) { userErrors { code } } }""",
								Map.of("input",
										Map.of("organizationId", target, "role", "ADMIN", "user",
												Map.of("email", "mole-" + suffix + "@onboarding.test", "firstName", "M",
														"lastName", "Ole"))))
						.read("$.data.organizationUserInvite.userErrors[0].code", String.class)).as(target)
						.isEqualTo("NOT_PERMITTED");
					assertThat(them
						.execute("""
								mutation($input: OrganizationDisableInput!) {
								  organizationDisable(input: $input) { userErrors { code } } }""",
								Map.of("input", Map.of("organizationId", target)))
						.read("$.data.organizationDisable.userErrors[0].code", String.class)).as(target)
						.isEqualTo("NOT_PERMITTED");
				}
				assertThat(realm.users().searchByEmail("mole-" + suffix + "@onboarding.test", true)).isEmpty();
			}
			finally {
				realm.users().delete(user).close();
				for (String email : List.of("ours-" + suffix + "@onboarding.test")) {
					realm.users().searchByEmail(email, true).forEach((u) -> realm.users().delete(u.getId()).close());
				}
			}
		}
	}

	private static String rivalOrganization(RealmResource realm, UUID id, String suffix) {
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setName("Rival Ops " + suffix);
		organization.setAlias("rival-" + suffix);
		organization.setEnabled(true);
		organization.setAttributes(Map.of("homeward_id", List.of(id.toString()), "homeward_kind", List.of("OPERATOR")));
		try (Response created = realm.organizations().create(organization)) {
			assertThat(created.getStatus()).isEqualTo(201);
			return CreatedResponseUtil.getCreatedId(created);
		}
	}

	private static String rivalAdmin(RealmResource realm, String organization, String suffix, String password) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername("rival-" + suffix);
		user.setEmail("rival-" + suffix + "@onboarding.test");
		user.setFirstName("Rita");
		user.setLastName("Rival");
		user.setEnabled(true);
		user.setEmailVerified(true);
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		user.setCredentials(List.of(credential));
		String id;
		try (Response created = realm.users().create(user)) {
			assertThat(created.getStatus()).isEqualTo(201);
			id = CreatedResponseUtil.getCreatedId(created);
		}
		realm.organizations().get(organization).members().addMember(id).close();
		realm.users()
			.get(id)
			.roles()
			.realmLevel()
			.add(List.of(realm.roles().get("org-admin").toRepresentation(),
					realm.roles().get("org-member").toRepresentation()));
		return id;
	}

}
