package io.homeward.platform.onboarding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.onboarding.KeycloakOrganizations.Found;
import io.homeward.platform.onboarding.OnboardingCheckpoint.Step;
import io.homeward.platform.onboarding.OnboardingRequests.Request;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Sha256;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.OrganizationRegistry;
import io.homeward.platform.tenancy.OrganizationRegistry.Entry;
import io.homeward.platform.tenancy.OrganizationStatus;
import io.homeward.platform.tenancy.TenancyErrorCode;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Onboarding's commands. Each changes two systems that share no transaction, the
 * platform's database and Keycloak, so each is a sequence of steps that find what an
 * earlier attempt did before doing it, in the order that keeps the platform safe at every
 * point between them:
 * <ul>
 * <li>{@link #create}: the platform records the organization as PROVISIONING (no token
 * names it yet), then Keycloak gets the organization and its first admin, then the
 * platform makes it ACTIVE. Interrupted anywhere, the same call again (same key, same
 * input) carries on from there; no organization is ever usable with one side
 * missing.</li>
 * <li>{@link #disable}: the platform first (from its commit no request of the
 * organization's binds a transaction), then Keycloak (no login, no session).</li>
 * <li>{@link #invite} and {@link #remove} change Keycloak only: an account, its
 * membership and its roles.</li>
 * <li>An operator manages only what it onboarded (the Keycloak organization's attribute
 * {@value KeycloakOrganizations#ONBOARDED_BY_ATTRIBUTE}, set by the admin API only):
 * another operator's shippers and carriers, and those made outside the API, are refused
 * to it.</li>
 * </ul>
 * Refusals that need no change (not permitted, invalid, a name or an account taken) come
 * before the first step, so a refused command changes nothing on either side.
 */
public class Onboarding {

	private static final String EMAIL = "[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+";

	private final KeycloakOrganizations keycloak;

	private final OrganizationRegistry registry;

	private final OnboardingRequests requests;

	private final OnboardingCheckpoint checkpoint;

	Onboarding(KeycloakOrganizations keycloak, OrganizationRegistry registry, OnboardingRequests requests,
			OnboardingCheckpoint checkpoint) {
		this.keycloak = keycloak;
		this.registry = registry;
		this.requests = requests;
		this.checkpoint = checkpoint;
	}

	/**
	 * Creates a shipper or carrier and its first admin (an operator's org-admin). The
	 * organization's id is derived from the operator and the idempotency key, so a retry
	 * names the same organization before it reads anything.
	 */
	public Outcome<Onboarded> create(OrganizationCreate command) {
		Tenant caller = TenantContext.require();
		Optional<UserError> refused = operatorsOnly(caller, "onboards", "Onboarding");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Violations violations = new Violations();
		violations.text("idempotencyKey", command.idempotencyKey(), 200);
		violations.text("name", command.name(), 200);
		if (command.kind() == null) {
			violations.add("kind", CommonErrorCode.REQUIRED, "is required");
		}
		else if (command.kind() == OrganizationKind.OPERATOR) {
			violations.add("kind", CommonErrorCode.INVALID, "must be SHIPPER or CARRIER: operators are not onboarded");
		}
		Invitee admin = invitee(violations, "admin", command.admin());
		if (!violations.isEmpty()) {
			return Outcome.refused(violations);
		}
		String name = command.name().strip();
		OrganizationKind kind = command.kind();
		UUID id = UUID.nameUUIDFromBytes(
				String.join("\n", "organizationCreate", caller.orgId().toString(), command.idempotencyKey())
					.getBytes(StandardCharsets.UTF_8));
		String hash = Sha256
			.hex(String.join("\u001f", name, kind.name(), admin.email(), admin.firstName(), admin.lastName()));

		Optional<Entry> recorded = registry.find(id, kind);
		Optional<Request> request = requests.find(id, kind);
		if (recorded.filter((entry) -> entry.status() == OrganizationStatus.DISABLED).isPresent()) {
			return Outcome.refused("", OnboardingErrorCode.ORGANIZATION_DISABLED,
					"The organization this key created is disabled");
		}
		if (request.filter((it) -> !it.requestHash().equals(hash) || !it.operatorId().equals(caller.orgId()))
			.isPresent()
				|| recorded.filter((entry) -> entry.kind() != kind || !entry.name().equals(name)).isPresent()) {
			return Outcome.refused("idempotencyKey", TenancyErrorCode.IDEMPOTENCY_KEY_REUSED,
					"The idempotency key was used before with a different input");
		}
		if (request.isEmpty()) {
			if (keycloak.nameTaken(name, id)) {
				return Outcome.refused("name", OnboardingErrorCode.ORGANIZATION_NAME_TAKEN,
						"Another organization is called " + name);
			}
			Optional<UserError> taken = accountElsewhere(admin.email(), id, "admin.email");
			if (taken.isPresent()) {
				return Outcome.refused(List.of(taken.get()));
			}
			registry.record(id, name, kind);
			requests.record(id, kind, caller.orgId(), hash, admin.email(), caller.userId());
		}
		checkpoint.reached(Step.PLATFORM_RECORDED);

		Found organization = keycloak.ensureOrganization(id, name, kind, caller.orgId());
		checkpoint.reached(Step.KEYCLOAK_ORGANIZATION);

		Optional<UserError> taken = accountElsewhere(admin.email(), id, "admin.email");
		if (taken.isPresent()) {
			// Taken since the request was recorded: the organization stays PROVISIONING.
			return Outcome.refused(List.of(taken.get()));
		}
		UserRepresentation user = keycloak.ensureUser(admin);
		keycloak.addMember(organization.keycloakId(), user.getId());
		keycloak.setRoles(user.getId(), OrganizationRole.ADMIN);
		checkpoint.reached(Step.KEYCLOAK_ADMIN);

		registry.activate(id, kind);
		requests.complete(id, kind, organization.keycloakId(), user.getId());
		// Once, when the onboarding completes: a replay does not e-mail the admin again.
		boolean sent = request.filter((it) -> it.completedAt() != null).isEmpty() && keycloak.askForFirstSignIn(user);
		return Outcome.done(new Onboarded(new Organization(id, name, kind), user(user, OrganizationRole.ADMIN, sent)));
	}

	/**
	 * Gives a person an account in an organization with a role: an org-admin in their own
	 * organization, or an operator's org-admin in a shipper's or carrier's. A person who
	 * is a member already gets the role asked.
	 */
	public Outcome<OrganizationUser> invite(UserInvite command) {
		Tenant caller = TenantContext.require();
		UUID target = (command.organizationId() == null) ? caller.orgId() : command.organizationId();
		Violations violations = new Violations();
		Invitee invitee = invitee(violations, "user", command.user());
		if (command.role() == null) {
			violations.add("role", CommonErrorCode.REQUIRED, "is required");
		}
		Outcome<Found> organization = administered(caller, target, "Inviting users");
		if (organization instanceof Outcome.Refused<Found> refused) {
			return Outcome.refused(refused.errors());
		}
		if (!violations.isEmpty()) {
			return Outcome.refused(violations);
		}
		Found found = organization.valueOrNull();
		Optional<UserError> taken = accountElsewhere(invitee.email(), found.id(), "user.email");
		if (taken.isPresent()) {
			return Outcome.refused(List.of(taken.get()));
		}
		UserRepresentation user = keycloak.ensureUser(invitee);
		keycloak.addMember(found.keycloakId(), user.getId());
		keycloak.setRoles(user.getId(), command.role());
		return Outcome.done(user(user, command.role(), keycloak.askForFirstSignIn(user)));
	}

	/**
	 * Ends a user's membership of an organization (its org-admin's, or an operator's
	 * org-admin's), takes away the platform's roles and ends the user's sessions.
	 * Removing someone who is no member changes nothing; nobody removes themselves.
	 */
	public Outcome<String> remove(@Nullable UUID organizationId, @Nullable String userId) {
		Tenant caller = TenantContext.require();
		UUID target = (organizationId == null) ? caller.orgId() : organizationId;
		Outcome<Found> organization = administered(caller, target, "Removing users");
		if (organization instanceof Outcome.Refused<Found> refused) {
			return Outcome.refused(refused.errors());
		}
		if (userId == null || userId.isBlank() || userId.length() > 64) {
			return Outcome.refused("userId", CommonErrorCode.INVALID, "must be a user's id");
		}
		if (userId.equals(caller.userId())) {
			return Outcome.refused("userId", CommonErrorCode.NOT_PERMITTED, "Nobody removes themselves");
		}
		Found found = organization.valueOrNull();
		if (keycloak.isMember(found.keycloakId(), userId)) {
			keycloak.removeMember(found.keycloakId(), userId);
			keycloak.revokeRoles(userId);
			keycloak.signOut(userId);
		}
		return Outcome.done(userId);
	}

	/**
	 * Disables a shipper or carrier (an operator's org-admin): the platform refuses its
	 * tokens from the commit on, including those issued before; then Keycloak stops its
	 * logins and ends its sessions. A retry finishes a disabling that stopped halfway.
	 */
	public Outcome<Organization> disable(UUID organizationId) {
		Tenant caller = TenantContext.require();
		Optional<UserError> refused = operatorsOnly(caller, "disables", "Disabling");
		if (refused.isPresent()) {
			return Outcome.refused(List.of(refused.get()));
		}
		Optional<Found> organization = keycloak.byPlatformId(organizationId);
		if (organization.isEmpty() || registry.find(organizationId, organization.get().kind()).isEmpty()) {
			return Outcome.refused("organizationId", CommonErrorCode.NOT_FOUND, "No such organization");
		}
		Found found = organization.get();
		if (!caller.orgId().equals(found.onboardedBy())) {
			// Another operator's shipper or carrier, one made outside the API, or an
			// operator: none of them is this operator's to disable.
			return Outcome.refused("organizationId", CommonErrorCode.NOT_PERMITTED,
					"Only the operator that onboarded an organization disables it");
		}
		registry.disable(found.id(), found.kind());
		checkpoint.reached(Step.PLATFORM_DISABLED);
		keycloak.disableOrganization(found.keycloakId());
		for (var member : keycloak.members(found.keycloakId())) {
			keycloak.disableUser(member.getId());
			keycloak.signOut(member.getId());
		}
		return Outcome.done(new Organization(found.id(), found.name(), found.kind()));
	}

	/**
	 * Why the caller may not do what only an operator's org-admin does to organizations.
	 */
	private static Optional<UserError> operatorsOnly(Tenant caller, String verb, String action) {
		return caller.refusalToAdminister(OrganizationKind.OPERATOR, "", "Only an operator " + verb + " organizations",
				action + " organizations");
	}

	/**
	 * The organization the caller may administer users of: its own as org-admin, or, for
	 * an operator's org-admin, an active shipper or carrier that operator onboarded.
	 * Another organization answers NOT_PERMITTED whether or not it exists.
	 */
	private Outcome<Found> administered(Tenant caller, UUID target, String action) {
		boolean own = target.equals(caller.orgId());
		if (!caller.isAdmin() || (!own && !caller.is(OrganizationKind.OPERATOR))) {
			return Outcome.refused(own ? "" : "organizationId", CommonErrorCode.NOT_PERMITTED, action + " needs the "
					+ Tenant.ADMIN_ROLE + " role in the organization" + (own ? "" : ", or in an operator"));
		}
		Optional<Found> found = keycloak.byPlatformId(target);
		if (found.isEmpty() || (!own && !caller.orgId().equals(found.get().onboardedBy()))) {
			return Outcome.refused("organizationId", own ? CommonErrorCode.NOT_FOUND : CommonErrorCode.NOT_PERMITTED,
					own ? "The organization is not in Keycloak"
							: action + " of an organization another operator onboarded, or none, is not permitted");
		}
		Optional<OrganizationStatus> status = registry.find(target, found.get().kind()).map(Entry::status);
		if (status.isEmpty() || status.get() == OrganizationStatus.PROVISIONING) {
			return Outcome.refused("organizationId", CommonErrorCode.NOT_FOUND,
					"The organization is still being onboarded");
		}
		if (status.get() == OrganizationStatus.DISABLED) {
			return Outcome.refused("organizationId", OnboardingErrorCode.ORGANIZATION_DISABLED,
					"The organization is disabled");
		}
		return Outcome.done(found.get());
	}

	/**
	 * Why the person of this e-mail cannot join {@code organization}: a member of
	 * another.
	 */
	private Optional<UserError> accountElsewhere(String email, UUID organization, String field) {
		return keycloak.userByEmail(email)
			.filter((user) -> keycloak.organizationsOf(user.getId())
				.stream()
				.anyMatch((other) -> !other.equals(organization)))
			.map((user) -> UserError.of(field, OnboardingErrorCode.USER_IN_OTHER_ORGANIZATION,
					"This person's account belongs to another organization"));
	}

	private static @Nullable Invitee invitee(Violations violations, String field, @Nullable Invitee invitee) {
		if (invitee == null) {
			violations.add(field, CommonErrorCode.REQUIRED, "is required");
			return null;
		}
		boolean valid = violations.pattern(field + ".email", invitee.email(), 254, EMAIL, "an e-mail address");
		valid &= violations.text(field + ".firstName", invitee.firstName(), 100);
		valid &= violations.text(field + ".lastName", invitee.lastName(), 100);
		return valid ? new Invitee(invitee.email().strip().toLowerCase(Locale.ROOT), invitee.firstName().strip(),
				invitee.lastName().strip()) : null;
	}

	private static OrganizationUser user(UserRepresentation user, OrganizationRole role, boolean invitationSent) {
		List<String> pending = (user.getRequiredActions() == null) ? List.of() : List.copyOf(user.getRequiredActions());
		return new OrganizationUser(user.getId(), user.getEmail(), user.getFirstName(), user.getLastName(), role,
				Boolean.TRUE.equals(user.isEnabled()), pending, invitationSent);
	}

}
