package io.homeward.platform.onboarding;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.homeward.infra.local.KeycloakEndpoint;
import io.homeward.infra.local.LocalServices;
import io.homeward.infra.local.PostgresEndpoint;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.KeycloakAdmin;
import io.homeward.platform.onboarding.OnboardingCheckpoint.Step;
import io.homeward.platform.shared.GlobalId;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Onboarding against the real Keycloak and PostgreSQL: organizations created on both
 * sides, retries after a failure injected between the sides, invitations and removals
 * within an organization only, and disabling that refuses the organization's tokens at
 * once. Each test makes organizations and users of its own and removes the users.
 */
@IntegrationTest
class OnboardingIntegrationTests {

	private static final String CREATE = """
			mutation($input: OrganizationCreateInput!) {
			  organizationCreate(input: $input) {
			    organization { id name kind }
			    admin { id email firstName lastName role enabled pendingActions invitationSent }
			    userErrors { field code message }
			  }
			}""";

	private static final String INVITE = """
			mutation($input: OrganizationUserInviteInput!) {
			  organizationUserInvite(input: $input) {
			    user { id email role enabled pendingActions invitationSent }
			    userErrors { field code message }
			  }
			}""";

	private static final String REMOVE = """
			mutation($input: OrganizationUserRemoveInput!) {
			  organizationUserRemove(input: $input) { removedUserId userErrors { field code message } }
			}""";

	private static final String DISABLE = """
			mutation($input: OrganizationDisableInput!) {
			  organizationDisable(input: $input) { organization { id name kind } userErrors { field code message } }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	OnboardingFaults faults;

	private final List<String> emails = new ArrayList<>();

	private final KeycloakEndpoint keycloak = LocalServices.shared().keycloak();

	@AfterEach
	void removeUsers() {
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			for (String email : emails) {
				admin.realm(keycloak.realm())
					.users()
					.searchByEmail(email, true)
					.forEach((user) -> admin.realm(keycloak.realm()).users().delete(user.getId()).close());
			}
		}
	}

	@Test
	void anOperatorOnboardsAShipperWhoseAdminSignsInOnceTheFirstStepsAreDone() throws SQLException {
		String suffix = suffix();
		String key = "onboard-" + suffix;
		Map<String, Object> input = create(key, "Initech " + suffix, "SHIPPER", email("admin", suffix));
		Api.Result created = Api.as(port, "operator").execute(CREATE, Map.of("input", input));
		assertThat(created.read("$.data.organizationCreate.userErrors", List.class)).as(created.body()).isEmpty();
		String organizationId = created.read("$.data.organizationCreate.organization.id");
		UUID organization = GlobalId.decode(organizationId, "Organization").orElseThrow();
		assertThat(created.read("$.data.organizationCreate.organization.name", String.class))
			.isEqualTo("Initech " + suffix);
		assertThat(created.read("$.data.organizationCreate.organization.kind", String.class)).isEqualTo("SHIPPER");
		assertThat(created.read("$.data.organizationCreate.admin.role", String.class)).isEqualTo("ADMIN");
		assertThat(created.read("$.data.organizationCreate.admin.pendingActions", List.class))
			.containsExactlyInAnyOrder("VERIFY_EMAIL", "UPDATE_PASSWORD");
		String adminId = created.read("$.data.organizationCreate.admin.id");

		// Both sides: the platform's record, active, and Keycloak's organization, with
		// the
		// attributes tokens carry, and its admin, a member with the admin's roles.
		assertThat(status(organization, "SHIPPER")).contains("ACTIVE");
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			RealmResource realm = admin.realm(keycloak.realm());
			List<OrganizationRepresentation> found = realm.organizations()
				.searchByAttribute("homeward_id:" + organization)
				.stream()
				.map((brief) -> realm.organizations().get(brief.getId()).toRepresentation())
				.toList();
			assertThat(found).singleElement().satisfies((it) -> {
				assertThat(it.getName()).isEqualTo("Initech " + suffix);
				assertThat(it.getAttributes()).containsEntry("homeward_kind", List.of("SHIPPER"));
			});
			assertThat(realm.organizations().get(found.getFirst().getId()).members().getAll())
				.extracting(UserRepresentation::getId)
				.containsExactly(adminId);
			assertThat(realm.users().get(adminId).roles().realmLevel().listEffective())
				.extracting(RoleRepresentation::getName)
				.contains("org-admin", "org-member");
			// Until the person verifies the e-mail and sets a password, no token.
			assertThatThrownBy(() -> Api.form(keycloak.tokenUri(),
					Map.of("grant_type", "password", "client_id", "homeward-cli", "username", email("admin", suffix),
							"password", "anything")))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Keycloak answered 400");
			String password = firstSignIn(realm, adminId);
			Api.Result viewer = Api.withToken(port, Api.freshToken(email("admin", suffix), password))
				.execute("{ viewer { roles organization { id name kind } } }");
			assertThat(viewer.read("$.data.viewer.organization.id", String.class)).isEqualTo(organizationId);
			assertThat(viewer.read("$.data.viewer.organization.kind", String.class)).isEqualTo("SHIPPER");
			assertThat(viewer.read("$.data.viewer.roles", List.class)).contains("org-admin");
		}

		// The same call again answers the same organization and makes nothing new.
		Api.Result replay = Api.as(port, "operator").execute(CREATE, Map.of("input", input));
		assertThat(replay.read("$.data.organizationCreate.organization.id", String.class)).isEqualTo(organizationId);
		assertThat(replay.read("$.data.organizationCreate.admin.id", String.class)).isEqualTo(adminId);
		assertThat(keycloakOrganizations(organization)).isEqualTo(1);
		// The same key with another input is refused.
		Api.Result reused = Api.as(port, "operator")
			.execute(CREATE, Map.of("input", create(key, "Initrode " + suffix, "SHIPPER", email("admin", suffix))));
		assertThat(reused.read("$.data.organizationCreate.userErrors[0].code", String.class))
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(reused.read("$.data.organizationCreate.organization", Object.class)).isNull();
	}

	/**
	 * Where the realm has an SMTP server (here a real one on loopback, GreenMail), the
	 * first admin is e-mailed Keycloak's link to verify the address and set a password; a
	 * replay of the call e-mails nobody again. Without one (the development realm),
	 * nothing is sent and the payload says so.
	 */
	@Test
	void theFirstAdminIsEMailedALinkToVerifyTheAddressAndSetAPassword() throws Exception {
		String suffix = suffix();
		Map<String, Object> input = create("mail-" + suffix, "Mailed " + suffix, "CARRIER", email("mailed", suffix));
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			RealmResource realm = admin.realm(keycloak.realm());
			RealmRepresentation settings = realm.toRepresentation();
			settings.setSmtpServer(Map.of("host", "127.0.0.1", "port", Integer.toString(smtp.getSmtp().getPort()),
					"from", "onboarding@homeward.test", "fromDisplayName", "Homeward"));
			realm.update(settings);
			try {
				Api.Result created = Api.as(port, "operator").execute(CREATE, Map.of("input", input));
				assertThat(created.read("$.data.organizationCreate.userErrors", List.class)).as(created.body())
					.isEmpty();
				assertThat(created.read("$.data.organizationCreate.admin.invitationSent", Boolean.class)).isTrue();
				assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
				MimeMessage message = smtp.getReceivedMessages()[0];
				assertThat(message.getAllRecipients()).extracting(Object::toString)
					.containsExactly(email("mailed", suffix));
				assertThat(message.getSubject()).isEqualTo("Update Your Account");
				assertThat(GreenMailUtil.getBody(message).replace("=\r\n", "")).contains("action-token");
				// The replay e-mails nobody again.
				Api.Result replay = Api.as(port, "operator").execute(CREATE, Map.of("input", input));
				assertThat(replay.read("$.data.organizationCreate.admin.invitationSent", Boolean.class)).isFalse();
				assertThat(smtp.getReceivedMessages()).hasSize(1);
			}
			finally {
				RealmRepresentation restored = realm.toRepresentation();
				restored.setSmtpServer(Map.of());
				realm.update(restored);
			}
		}
		finally {
			smtp.stop();
		}
		// Without an SMTP server, nothing is sent.
		Api.Result invited = Api.as(port, "operator")
			.execute(INVITE,
					Map.of("input",
							Map.of("organizationId",
									GlobalId.encode("Organization", wouldBeId("operator", "mail-" + suffix)), "user",
									person(email("second", suffix)), "role", "MEMBER")));
		assertThat(invited.read("$.data.organizationUserInvite.userErrors", List.class)).as(invited.body()).isEmpty();
		assertThat(invited.read("$.data.organizationUserInvite.user.invitationSent", Boolean.class)).isFalse();
	}

	@Test
	void refusedOnboardingsChangeNothingOnEitherSide() throws SQLException {
		String suffix = suffix();
		record Case(String caller, Map<String, Object> input, String field, String code) {
		}
		List<Case> cases = List.of(
				new Case("acme", create("k1-" + suffix, "Shipper " + suffix, "SHIPPER", email("a", suffix)), "input",
						"NOT_PERMITTED"),
				new Case("operator-clerk", create("k2-" + suffix, "Shipper " + suffix, "SHIPPER", email("a", suffix)),
						"input", "NOT_PERMITTED"),
				new Case("operator", create("k3-" + suffix, "Shipper " + suffix, "OPERATOR", email("a", suffix)),
						"input.kind", "INVALID"),
				new Case("operator", create("k4-" + suffix, "  ", "CARRIER", email("a", suffix)), "input.name",
						"REQUIRED"),
				new Case("operator", create("k5-" + suffix, "Shipper " + suffix, "CARRIER", "not-an-address"),
						"input.admin.email", "INVALID"),
				new Case("operator", create("k6-" + suffix, "x".repeat(201), "CARRIER", email("a", suffix)),
						"input.name", "TOO_LONG"),
				new Case("operator", create("k7-" + suffix, "Acme Outdoor", "SHIPPER", email("a", suffix)),
						"input.name", "ORGANIZATION_NAME_TAKEN"),
				new Case("operator", create("k8-" + suffix, "Shipper " + suffix, "SHIPPER", "acme@acme-outdoor.test"),
						"input.admin.email", "USER_IN_OTHER_ORGANIZATION"));
		for (Case refused : cases) {
			Api.Result result = Api.as(port, refused.caller()).execute(CREATE, Map.of("input", refused.input()));
			assertThat(result.read("$.data.organizationCreate.userErrors[*].code", List.class))
				.as("%s: %s", refused, result.body())
				.contains(refused.code());
			assertThat(result.read("$.data.organizationCreate.userErrors[*].field", List.class)).as(refused.toString())
				.anySatisfy((field) -> assertThat(String.join(".", (List<String>) field)).isEqualTo(refused.field()));
			String key = (String) refused.input().get("idempotencyKey");
			UUID wouldBe = wouldBeId(refused.caller(), key);
			assertThat(status(wouldBe, "SHIPPER")).as(refused.toString()).isEmpty();
			assertThat(keycloakOrganizations(wouldBe)).as(refused.toString()).isZero();
		}
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			assertThat(admin.realm(keycloak.realm()).users().searchByEmail(email("a", suffix), true)).isEmpty();
			assertThat(admin.realm(keycloak.realm()).organizations().search("Shipper " + suffix, true, 0, 5)).isEmpty();
		}
	}

	/**
	 * A failure after each step leaves an organization no token names (PROVISIONING, or
	 * not there at all); the same call again finishes it, with exactly one organization
	 * and one admin on the Keycloak side.
	 */
	@Test
	void aFailureBetweenTheTwoSidesIsFinishedByTheRetry() throws SQLException {
		for (Step step : List.of(Step.PLATFORM_RECORDED, Step.KEYCLOAK_ORGANIZATION, Step.KEYCLOAK_ADMIN)) {
			String suffix = suffix();
			Map<String, Object> input = create("fault-" + suffix, "Faulty " + step + " " + suffix, "CARRIER",
					email("fault", suffix));
			UUID organization = wouldBeId("operator", "fault-" + suffix);
			faults.failOnceAt(step);
			Api.Result failed = Api.as(port, "operator").execute(CREATE, Map.of("input", input));
			assertThat(failed.read("$.errors[0].extensions.code", String.class)).as(failed.body())
				.isEqualTo("INTERNAL");
			assertThat(status(organization, "CARRIER")).as(step.toString()).contains("PROVISIONING");
			assertThat(keycloakOrganizations(organization)).as(step.toString())
				.isEqualTo((step == Step.PLATFORM_RECORDED) ? 0 : 1);
			// Nobody else sees a half-onboarded carrier.
			assertThat(Api.as(port, "acme")
				.execute("query($id: ID!) { node(id: $id) { id } }",
						Map.of("id", GlobalId.encode("Organization", organization)))
				.read("$.data.node", Object.class)).isNull();

			Api.Result retried = Api.as(port, "operator").execute(CREATE, Map.of("input", input));
			assertThat(retried.read("$.data.organizationCreate.userErrors", List.class)).as(retried.body()).isEmpty();
			assertThat(retried.read("$.data.organizationCreate.organization.id", String.class))
				.isEqualTo(GlobalId.encode("Organization", organization));
			assertThat(status(organization, "CARRIER")).contains("ACTIVE");
			assertThat(keycloakOrganizations(organization)).isEqualTo(1);
			try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
				assertThat(admin.realm(keycloak.realm()).users().searchByEmail(email("fault", suffix), true))
					.hasSize(1);
			}
		}
	}

	@Test
	void adminsInviteAndRemoveUsersOfTheirOwnOrganizationOnly() {
		String suffix = suffix();
		String clerk = email("clerk", suffix);
		// A shipper the operator onboards: the one kind of organization besides its own
		// whose users it manages.
		Api.Result onboarded = Api.as(port, "operator")
			.execute(CREATE, Map.of("input",
					create("invite-" + suffix, "Invited " + suffix, "SHIPPER", email("invited-admin", suffix))));
		String theirs = onboarded.read("$.data.organizationCreate.organization.id");
		Map<String, Object> invite = Map.of("user", person(clerk), "role", "MEMBER");
		// A member who is not an admin may not; nor may another shipper's admin, naming
		// Acme.
		assertThat(code(Api.as(port, "acme-clerk").execute(INVITE, Map.of("input", invite)), "organizationUserInvite"))
			.isEqualTo("NOT_PERMITTED");
		Map<String, Object> intoAcme = Map.of("organizationId", GlobalId.encode("Organization", Fixtures.ACME), "user",
				person(clerk), "role", "MEMBER");
		assertThat(code(Api.as(port, "globex").execute(INVITE, Map.of("input", intoAcme)), "organizationUserInvite"))
			.isEqualTo("NOT_PERMITTED");
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			RealmResource realm = admin.realm(keycloak.realm());
			assertThat(realm.users().searchByEmail(clerk, true)).isEmpty();

			Api.Result invited = Api.as(port, "acme").execute(INVITE, Map.of("input", invite));
			assertThat(invited.read("$.data.organizationUserInvite.userErrors", List.class)).as(invited.body())
				.isEmpty();
			assertThat(invited.read("$.data.organizationUserInvite.user.role", String.class)).isEqualTo("MEMBER");
			String clerkId = invited.read("$.data.organizationUserInvite.user.id");
			String acme = realm.organizations().search("Acme Outdoor", true, 0, 1).getFirst().getId();
			assertThat(realm.organizations().get(acme).members().member(clerkId).toRepresentation().getEmail())
				.isEqualTo(clerk);
			assertThat(realm.users().get(clerkId).roles().realmLevel().listAll())
				.extracting(RoleRepresentation::getName)
				.contains("org-member")
				.doesNotContain("org-admin");
			// Invited again as an admin: the role changes, nothing else.
			assertThat(Api.as(port, "acme")
				.execute(INVITE, Map.of("input", Map.of("user", person(clerk), "role", "ADMIN")))
				.read("$.data.organizationUserInvite.user.id", String.class)).isEqualTo(clerkId);
			assertThat(realm.users().get(clerkId).roles().realmLevel().listAll())
				.extracting(RoleRepresentation::getName)
				.contains("org-admin", "org-member");
			// The operator cannot take Acme's user into the shipper it onboarded, and has
			// no
			// say over Globex's users at all: Globex was not onboarded by it.
			assertThat(code(
					Api.as(port, "operator")
						.execute(INVITE,
								Map.of("input",
										Map.of("organizationId", theirs, "user", person(clerk), "role", "MEMBER"))),
					"organizationUserInvite"))
				.isEqualTo("USER_IN_OTHER_ORGANIZATION");
			assertThat(code(
					Api.as(port, "operator")
						.execute(INVITE,
								Map.of("input",
										Map.of("organizationId", GlobalId.encode("Organization", Fixtures.GLOBEX),
												"user", person(email("nobody", suffix)), "role", "MEMBER"))),
					"organizationUserInvite"))
				.isEqualTo("NOT_PERMITTED");
			assertThat(realm.users().searchByEmail(email("nobody", suffix), true)).isEmpty();
			// Globex cannot remove Acme's user.
			assertThat(code(Api.as(port, "globex")
				.execute(REMOVE, Map.of("input",
						Map.of("organizationId", GlobalId.encode("Organization", Fixtures.ACME), "userId", clerkId))),
					"organizationUserRemove"))
				.isEqualTo("NOT_PERMITTED");
			// Naming its own organization, Globex removes nobody of Acme's.
			Api.Result notOurs = Api.as(port, "globex").execute(REMOVE, Map.of("input", Map.of("userId", clerkId)));
			assertThat(notOurs.read("$.data.organizationUserRemove.userErrors", List.class)).isEmpty();
			assertThat(realm.organizations().get(acme).members().member(clerkId).toRepresentation()).isNotNull();
			// Nobody removes themselves.
			String acmeAdmin = realm.users().searchByUsername("acme", true).getFirst().getId();
			assertThat(code(Api.as(port, "acme").execute(REMOVE, Map.of("input", Map.of("userId", acmeAdmin))),
					"organizationUserRemove"))
				.isEqualTo("NOT_PERMITTED");

			Api.Result removed = Api.as(port, "acme").execute(REMOVE, Map.of("input", Map.of("userId", clerkId)));
			assertThat(removed.read("$.data.organizationUserRemove.removedUserId", String.class)).isEqualTo(clerkId);
			assertThat(realm.organizations().members().getOrganizations(clerkId, true)).isEmpty();
			assertThat(realm.users().get(clerkId).roles().realmLevel().listAll())
				.extracting(RoleRepresentation::getName)
				.doesNotContain("org-admin", "org-member");
			// Again: nothing to do, and done.
			assertThat(Api.as(port, "acme")
				.execute(REMOVE, Map.of("input", Map.of("userId", clerkId)))
				.read("$.data.organizationUserRemove.userErrors", List.class)).isEmpty();
			// The operator's admin invites into the shipper it onboarded.
			Api.Result byOperator = Api.as(port, "operator")
				.execute(INVITE,
						Map.of("input", Map.of("organizationId", theirs, "user", person(clerk), "role", "MEMBER")));
			assertThat(byOperator.read("$.data.organizationUserInvite.user.id", String.class)).isEqualTo(clerkId);
			assertThat(realm.organizations().members().getOrganizations(clerkId, true))
				.extracting(OrganizationRepresentation::getName)
				.containsExactly("Invited " + suffix);
		}
	}

	/**
	 * Disabling refuses the organization's tokens at once, those issued before included:
	 * on this instance its directory forgets the organization; on any instance the
	 * database refuses to bind it to a transaction (shown here by disabling it in the
	 * database alone, behind the directory's back). Its users can no longer sign in.
	 */
	@Test
	void aDisabledOrganizationIsRefusedAtOnceTokensIssuedBeforeIncluded() throws SQLException {
		String suffix = suffix();
		Api.Result created = Api.as(port, "operator")
			.execute(CREATE, Map.of("input",
					create("disable-" + suffix, "Shortlived " + suffix, "SHIPPER", email("short", suffix))));
		String organizationId = created.read("$.data.organizationCreate.organization.id");
		UUID organization = GlobalId.decode(organizationId, "Organization").orElseThrow();
		String adminId = created.read("$.data.organizationCreate.admin.id");
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			RealmResource realm = admin.realm(keycloak.realm());
			String password = firstSignIn(realm, adminId);
			String token = Api.freshToken(email("short", suffix), password);
			String query = "{ returns(first: 1) { totalCount } }";
			assertThat(Api.withToken(port, token).execute(query).read("$.data.returns.totalCount", Integer.class))
				.isZero();

			// Others may not.
			assertThat(code(
					Api.as(port, "acme").execute(DISABLE, Map.of("input", Map.of("organizationId", organizationId))),
					"organizationDisable"))
				.isEqualTo("NOT_PERMITTED");
			assertThat(code(
					Api.as(port, "operator")
						.execute(DISABLE,
								Map.of("input",
										Map.of("organizationId", GlobalId.encode("Organization", Fixtures.OPERATOR)))),
					"organizationDisable"))
				.isEqualTo("NOT_PERMITTED");
			assertThat(status(organization, "SHIPPER")).contains("ACTIVE");

			// Interrupted after the platform's side: already refused there; the retry
			// finishes Keycloak's.
			faults.failOnceAt(Step.PLATFORM_DISABLED);
			Api.Result failed = Api.as(port, "operator")
				.execute(DISABLE, Map.of("input", Map.of("organizationId", organizationId)));
			assertThat(failed.read("$.errors[0].extensions.code", String.class)).isEqualTo("INTERNAL");
			assertThat(Api.withToken(port, token)
				.post("{\"query\":\"" + query + "\"}", "application/json", "application/json")
				.status()).isEqualTo(403);
			assertThat(realm.users().get(adminId).toRepresentation().isEnabled()).isTrue();
			Api.Result disabled = Api.as(port, "operator")
				.execute(DISABLE, Map.of("input", Map.of("organizationId", organizationId)));
			assertThat(disabled.read("$.data.organizationDisable.userErrors", List.class)).as(disabled.body())
				.isEmpty();
			assertThat(disabled.read("$.data.organizationDisable.organization.name", String.class))
				.isEqualTo("Shortlived " + suffix);
			assertThat(realm.users().get(adminId).toRepresentation().isEnabled()).isFalse();
			assertThat(realm.organizations().searchByAttribute("homeward_id:" + organization).getFirst().isEnabled())
				.isFalse();
			assertThatThrownBy(() -> Api.freshToken(email("short", suffix), password))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Keycloak answered 400");
			// The database refuses to bind it, whoever asks.
			assertThatThrownBy(() -> status(organization, "SHIPPER")).isInstanceOfSatisfying(SQLException.class,
					(ex) -> assertThat(ex.getSQLState()).isEqualTo("HWD01"));
			// Inviting into it is refused.
			assertThat(code(Api.as(port, "operator")
				.execute(INVITE, Map.of("input", Map.of("organizationId", organizationId, "user",
						person(email("late", suffix)), "role", "MEMBER"))),
					"organizationUserInvite"))
				.isEqualTo("ORGANIZATION_DISABLED");
		}
	}

	/**
	 * Another instance's directory may still hold the organization as active for a few
	 * seconds: its requests are refused by the database's binding, with the reason.
	 */
	@Test
	void theDatabaseRefusesADisabledOrganizationWhateverACacheStillSays() throws SQLException {
		String suffix = suffix();
		Api.Result created = Api.as(port, "operator")
			.execute(CREATE,
					Map.of("input", create("cache-" + suffix, "Cached " + suffix, "SHIPPER", email("cached", suffix))));
		UUID organization = GlobalId.decode(created.read("$.data.organizationCreate.organization.id"), "Organization")
			.orElseThrow();
		String adminId = created.read("$.data.organizationCreate.admin.id");
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			String token = Api.freshToken(email("cached", suffix), firstSignIn(admin.realm(keycloak.realm()), adminId));
			String query = "{ returns(first: 1) { totalCount } }";
			assertThat(Api.withToken(port, token).execute(query).read("$.data.returns.totalCount", Integer.class))
				.isZero();
			try (Connection connection = appConnection()) {
				bind(connection, organization, "SHIPPER");
				try (PreparedStatement update = connection
					.prepareStatement("update organization set status = 'DISABLED' where id = ?")) {
					update.setObject(1, organization);
					assertThat(update.executeUpdate()).isOne();
				}
				connection.commit();
			}
			Api.Result refused = Api.withToken(port, token).execute(query);
			assertThat(refused.status()).as(refused.body()).isEqualTo(403);
			assertThat(refused.read("$.error", String.class)).isEqualTo("organization_disabled");
			assertThat(refused.read("$.errors[0].extensions.code", String.class)).isEqualTo("FORBIDDEN");
			assertThat(refused.read("$.errors[0].message", String.class)).contains("is disabled");
			assertThat(refused.json().read("$", Map.class)).doesNotContainKey("data");
		}
	}

	private String firstSignIn(RealmResource realm, String userId) {
		// What the person does at first sign-in: verify the e-mail, set a password.
		String password = "Pw-" + UUID.randomUUID();
		CredentialRepresentation credential = new CredentialRepresentation();
		credential.setType(CredentialRepresentation.PASSWORD);
		credential.setValue(password);
		credential.setTemporary(false);
		realm.users().get(userId).resetPassword(credential);
		UserRepresentation user = realm.users().get(userId).toRepresentation();
		user.setRequiredActions(List.of());
		user.setEmailVerified(true);
		realm.users().get(userId).update(user);
		return password;
	}

	private long keycloakOrganizations(UUID organization) {
		try (Keycloak admin = KeycloakAdmin.client(keycloak)) {
			return admin.realm(keycloak.realm()).organizations().countByAttribute("homeward_id:" + organization);
		}
	}

	/**
	 * The platform's status of the organization, read bound to it as the application is.
	 */
	private static Optional<String> status(UUID organization, String kind) throws SQLException {
		try (Connection connection = appConnection()) {
			bind(connection, organization, kind);
			try (PreparedStatement select = connection
				.prepareStatement("select status from organization where id = ?")) {
				select.setObject(1, organization);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
				}
			}
		}
	}

	private static Connection appConnection() throws SQLException {
		PostgresEndpoint postgres = LocalServices.shared().postgres();
		Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.appUser(),
				postgres.appPassword());
		connection.setAutoCommit(false);
		return connection;
	}

	private static void bind(Connection connection, UUID organization, String kind) throws SQLException {
		try (PreparedStatement bind = connection.prepareStatement("select bind_tenant(?, ?, null)")) {
			bind.setString(1, organization.toString());
			bind.setString(2, kind);
			bind.execute();
		}
	}

	/** The id organizationCreate derives from the operator and the key. */
	private static UUID wouldBeId(String caller, String key) {
		UUID operator = caller.startsWith("operator") ? Fixtures.OPERATOR : Fixtures.ACME;
		return UUID.nameUUIDFromBytes(
				String.join("\n", "organizationCreate", operator.toString(), key).getBytes(StandardCharsets.UTF_8));
	}

	private static String code(Api.Result result, String field) {
		return result.read("$.data." + field + ".userErrors[0].code", String.class);
	}

	private Map<String, Object> create(String key, String name, String kind, String adminEmail) {
		return Map.of("idempotencyKey", key, "name", name, "kind", kind, "admin", person(adminEmail));
	}

	private Map<String, Object> person(String email) {
		// Only this test's people are removed afterwards, never the demo's.
		if (email.endsWith("@onboarding.test")) {
			emails.add(email);
		}
		return Map.of("email", email, "firstName", "Pat", "lastName", "Lee");
	}

	private static String email(String who, String suffix) {
		return who + "-" + suffix + "@onboarding.test";
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
