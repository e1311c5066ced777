package io.homeward.platform.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.tenancy.OrganizationKind;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak side of onboarding, through the admin API as the realm's
 * {@code homeward-provisioner} client. Every step finds what an earlier, interrupted
 * attempt made before making it, so a retry repeats none: an organization is found by its
 * platform id (its attribute {@value #ID_ATTRIBUTE} and its alias), a user by e-mail, a
 * membership or a role that exists is left as it is.
 */
class KeycloakOrganizations {

	private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);

	/**
	 * The organization attributes the tokens' organization claim carries; only the admin
	 * API sets them.
	 */
	static final String ID_ATTRIBUTE = "homeward_id";

	static final String KIND_ATTRIBUTE = "homeward_kind";

	/**
	 * The operator that onboarded the organization: the one operator whose admins may
	 * manage its users and disable it. Organizations made outside the API have none.
	 */
	static final String ONBOARDED_BY_ATTRIBUTE = "homeward_onboarded_by";

	/** What a new user must do at first sign-in. */
	static final List<String> FIRST_SIGN_IN = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD");

	private final Keycloak keycloak;

	private final String realm;

	KeycloakOrganizations(Keycloak keycloak, String realm) {
		this.keycloak = keycloak;
		this.realm = realm;
	}

	/**
	 * A Keycloak organization of the platform: its Keycloak id and what it says of
	 * itself.
	 */
	record Found(String keycloakId, UUID id, String name, OrganizationKind kind, boolean enabled,
			@Nullable UUID onboardedBy) {

	}

	Optional<Found> byPlatformId(UUID id) {
		// Searches answer brief representations, without attributes: read each in full.
		return realm().organizations()
			.searchByAttribute(ID_ATTRIBUTE + ":" + id, 0, 2)
			.stream()
			.map((brief) -> realm().organizations().get(brief.getId()).toRepresentation())
			.map(KeycloakOrganizations::found)
			.flatMap(Optional::stream)
			.filter((found) -> found.id().equals(id))
			.findFirst();
	}

	/**
	 * Whether another organization than {@code id} has this name (Keycloak keeps names
	 * unique).
	 */
	boolean nameTaken(String name, UUID id) {
		return realm().organizations()
			.search(name, true, 0, 5)
			.stream()
			.filter((organization) -> organization.getName().equalsIgnoreCase(name))
			.map((brief) -> realm().organizations().get(brief.getId()).toRepresentation())
			.anyMatch((organization) -> !id.toString().equals(first(organization.getAttributes(), ID_ATTRIBUTE)));
	}

	/** The organization of {@code id}, created unless an earlier attempt did. */
	Found ensureOrganization(UUID id, String name, OrganizationKind kind, UUID operator) {
		Optional<Found> existing = byPlatformId(id);
		if (existing.isPresent()) {
			return existing.get();
		}
		OrganizationRepresentation organization = new OrganizationRepresentation();
		organization.setName(name);
		organization.setAlias(id.toString());
		organization.setEnabled(true);
		organization.setAttributes(Map.of(ID_ATTRIBUTE, List.of(id.toString()), KIND_ATTRIBUTE, List.of(kind.name()),
				ONBOARDED_BY_ATTRIBUTE, List.of(operator.toString())));
		try (Response created = realm().organizations().create(organization)) {
			expect(created, "create the organization " + id);
			return new Found(CreatedResponseUtil.getCreatedId(created), id, name, kind, true, operator);
		}
	}

	Optional<UserRepresentation> userByEmail(String email) {
		return realm().users().searchByEmail(email, true).stream().findFirst();
	}

	Optional<UserRepresentation> user(String userId) {
		try {
			return Optional.of(realm().users().get(userId).toRepresentation());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/** The platform ids of the organizations the user is a member of. */
	List<UUID> organizationsOf(String userId) {
		return realm().organizations()
			.members()
			.getOrganizations(userId, false)
			.stream()
			.map(KeycloakOrganizations::found)
			.flatMap(Optional::stream)
			.map(Found::id)
			.toList();
	}

	/**
	 * The user of this e-mail, created unless one exists: enabled, the e-mail not yet
	 * verified, and {@link #FIRST_SIGN_IN} required.
	 */
	UserRepresentation ensureUser(Invitee invitee) {
		Optional<UserRepresentation> existing = userByEmail(invitee.email());
		if (existing.isPresent()) {
			return existing.get();
		}
		UserRepresentation user = new UserRepresentation();
		user.setUsername(invitee.email());
		user.setEmail(invitee.email());
		user.setFirstName(invitee.firstName());
		user.setLastName(invitee.lastName());
		user.setEnabled(true);
		user.setEmailVerified(false);
		user.setRequiredActions(FIRST_SIGN_IN);
		try (Response created = realm().users().create(user)) {
			expect(created, "create the user " + invitee.email());
			return realm().users().get(CreatedResponseUtil.getCreatedId(created)).toRepresentation();
		}
	}

	/**
	 * Asks the user by e-mail to do what their account still requires (verify the
	 * address, set a password), through Keycloak's own action e-mail and link, valid for
	 * {@link #ACTIONS_VALID_FOR_SECONDS}. Only where the realm has an SMTP server
	 * configured (the development realm has none); answers whether it was sent. A failure
	 * to send leaves the account as it is: the user can be invited again.
	 */
	boolean askForFirstSignIn(UserRepresentation user) {
		List<String> actions = (user.getRequiredActions() == null) ? List.of() : user.getRequiredActions();
		Map<String, String> smtp = realm().toRepresentation().getSmtpServer();
		if (actions.isEmpty() || smtp == null || smtp.get("host") == null || smtp.get("host").isBlank()) {
			return false;
		}
		try {
			realm().users().get(user.getId()).executeActionsEmail(actions, ACTIONS_VALID_FOR_SECONDS);
			return true;
		}
		catch (WebApplicationException ex) {
			log.warn("Keycloak could not e-mail {} their first sign-in: HTTP {}", user.getId(),
					ex.getResponse().getStatus());
			return false;
		}
	}

	/** Three days to act on the e-mail. */
	static final int ACTIONS_VALID_FOR_SECONDS = 3 * 24 * 3600;

	boolean isMember(String keycloakOrganization, String userId) {
		try {
			realm().organizations().get(keycloakOrganization).members().member(userId).toRepresentation();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	void addMember(String keycloakOrganization, String userId) {
		if (isMember(keycloakOrganization, userId)) {
			return;
		}
		try (Response added = realm().organizations().get(keycloakOrganization).members().addMember(userId)) {
			expect(added, "add " + userId + " to " + keycloakOrganization);
		}
	}

	/**
	 * Ends the membership; the user stays (an unmanaged member is not deleted with it).
	 */
	void removeMember(String keycloakOrganization, String userId) {
		if (!isMember(keycloakOrganization, userId)) {
			return;
		}
		try (Response removed = realm().organizations().get(keycloakOrganization).members().member(userId).delete()) {
			expect(removed, "remove " + userId + " from " + keycloakOrganization);
		}
	}

	List<MemberRepresentation> members(String keycloakOrganization) {
		List<MemberRepresentation> all = new ArrayList<>();
		int page = 100;
		for (int first = 0;; first += page) {
			List<MemberRepresentation> batch = realm().organizations()
				.get(keycloakOrganization)
				.members()
				.list(first, page);
			all.addAll(batch);
			if (batch.size() < page) {
				return all;
			}
		}
	}

	/** Gives the user exactly the realm roles of {@code role}. */
	void setRoles(String userId, OrganizationRole role) {
		List<String> wanted = role.realmRoles();
		List<RoleRepresentation> held = realm().users().get(userId).roles().realmLevel().listAll();
		List<RoleRepresentation> extra = held.stream()
			.filter((it) -> OrganizationRole.ALL_REALM_ROLES.contains(it.getName()) && !wanted.contains(it.getName()))
			.toList();
		List<String> heldNames = held.stream().map(RoleRepresentation::getName).toList();
		List<RoleRepresentation> missing = wanted.stream()
			.filter((name) -> !heldNames.contains(name))
			.map((name) -> realm().roles().get(name).toRepresentation())
			.toList();
		if (!extra.isEmpty()) {
			realm().users().get(userId).roles().realmLevel().remove(extra);
		}
		if (!missing.isEmpty()) {
			realm().users().get(userId).roles().realmLevel().add(missing);
		}
	}

	/** Takes the platform's realm roles away from the user. */
	void revokeRoles(String userId) {
		List<RoleRepresentation> held = realm().users()
			.get(userId)
			.roles()
			.realmLevel()
			.listAll()
			.stream()
			.filter((it) -> OrganizationRole.ALL_REALM_ROLES.contains(it.getName()))
			.toList();
		if (!held.isEmpty()) {
			realm().users().get(userId).roles().realmLevel().remove(held);
		}
	}

	/** Ends every session of the user: no refresh token of it works any more. */
	void signOut(String userId) {
		realm().users().get(userId).logout();
	}

	void disableUser(String userId) {
		UserRepresentation user = realm().users().get(userId).toRepresentation();
		if (Boolean.TRUE.equals(user.isEnabled())) {
			user.setEnabled(false);
			realm().users().get(userId).update(user);
		}
	}

	void disableOrganization(String keycloakOrganization) {
		OrganizationRepresentation organization = realm().organizations().get(keycloakOrganization).toRepresentation();
		if (organization.isEnabled()) {
			organization.setEnabled(false);
			try (Response updated = realm().organizations().get(keycloakOrganization).update(organization)) {
				expect(updated, "disable " + keycloakOrganization);
			}
		}
	}

	private RealmResource realm() {
		return keycloak.realm(realm);
	}

	private static Optional<Found> found(OrganizationRepresentation organization) {
		String id = first(organization.getAttributes(), ID_ATTRIBUTE);
		String kind = first(organization.getAttributes(), KIND_ATTRIBUTE);
		if (id == null || kind == null) {
			return Optional.empty();
		}
		String onboardedBy = first(organization.getAttributes(), ONBOARDED_BY_ATTRIBUTE);
		try {
			return Optional.of(new Found(organization.getId(), UUID.fromString(id), organization.getName(),
					OrganizationKind.valueOf(kind), organization.isEnabled(),
					(onboardedBy == null) ? null : UUID.fromString(onboardedBy)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static @Nullable String first(@Nullable Map<String, List<String>> attributes, String name) {
		List<String> values = (attributes == null) ? null : attributes.get(name);
		return (values == null || values.isEmpty()) ? null : values.getFirst();
	}

	/**
	 * Fails the step unless Keycloak answered 2xx: the caller retries the whole command.
	 */
	private static void expect(Response response, String what) {
		if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
			throw new KeycloakStepException("Keycloak refused to " + what + ": HTTP " + response.getStatus());
		}
	}

	/** A step Keycloak did not complete. */
	static final class KeycloakStepException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		KeycloakStepException(String message) {
			super(message);
		}

	}

}
