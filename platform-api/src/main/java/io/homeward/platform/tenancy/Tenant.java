package io.homeward.platform.tenancy;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The caller: an organization, its kind and one of its users.
 *
 * @param orgId the organization every transaction is bound to
 * @param kind operator, shipper or carrier
 * @param userId the token's subject
 * @param username the user's login name, for display
 * @param roles the user's roles within the organization
 */
public record Tenant(UUID orgId, OrganizationKind kind, String userId, String username, Set<String> roles) {

	/**
	 * The role that administers the organization's setup: lanes, rate cards, pricing,
	 * memberships.
	 */
	public static final String ADMIN_ROLE = "org-admin";

	/**
	 * The platform itself at work for an organization outside any request of its users (a
	 * relay, a job, a public page): bound to it like its users, with no role.
	 */
	public static Tenant acting(UUID orgId, OrganizationKind kind, String actor) {
		return new Tenant(orgId, kind, actor, actor, Set.of());
	}

	public boolean is(OrganizationKind kind) {
		return this.kind == kind;
	}

	/**
	 * Why this user may not administer something only organizations of {@code kind}
	 * administer, or empty when it may: the kind first (reported on {@code kindField}
	 * with {@code kindMessage}), then {@link #ADMIN_ROLE} (on the command as a whole:
	 * "{@code action} needs the org-admin role"). Every administration command asks this
	 * one question.
	 */
	public Optional<UserError> refusalToAdminister(OrganizationKind kind, String kindField, String kindMessage,
			String action) {
		if (!is(kind)) {
			return Optional.of(UserError.of(kindField, CommonErrorCode.NOT_PERMITTED, kindMessage));
		}
		if (!isAdmin()) {
			return Optional
				.of(UserError.of("", CommonErrorCode.NOT_PERMITTED, action + " needs the " + ADMIN_ROLE + " role"));
		}
		return Optional.empty();
	}

	/** Whether the user holds {@link #ADMIN_ROLE} in its organization. */
	public boolean isAdmin() {
		return roles.contains(ADMIN_ROLE);
	}

	/**
	 * Reads the tenant from token claims; empty when a claim is missing or malformed,
	 * which the caller answers with 403.
	 */
	public static Optional<Tenant> fromClaims(@Nullable String subject, @Nullable Object orgId, @Nullable Object kind,
			@Nullable Object username, @Nullable Object roles) {
		if (subject == null || subject.isBlank() || subject.length() > 64 || !(orgId instanceof String org)
				|| !(kind instanceof String kindName)) {
			return Optional.empty();
		}
		try {
			UUID id = UUID.fromString(org);
			if (!id.toString().equals(org.toLowerCase(Locale.ROOT))) {
				return Optional.empty();
			}
			Set<String> roleSet = (roles instanceof Collection<?> list)
					? Set.copyOf(list.stream().map(String::valueOf).toList()) : Set.of();
			return Optional.of(new Tenant(id, OrganizationKind.valueOf(kindName), subject,
					(username instanceof String name) ? name : subject, roleSet));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
