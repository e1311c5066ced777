package io.homeward.platform.onboarding;

import java.util.List;

import io.homeward.platform.tenancy.Tenant;

/** What a user may do in their organization, as Keycloak realm roles. */
public enum OrganizationRole {

	/** Administers the organization's setup and its users. */
	ADMIN(List.of(Tenant.ADMIN_ROLE, OrganizationRole.MEMBER_ROLE)),

	/** Works in the organization. */
	MEMBER(List.of(OrganizationRole.MEMBER_ROLE));

	static final String MEMBER_ROLE = "org-member";

	/** Every realm role onboarding gives or takes away. */
	static final List<String> ALL_REALM_ROLES = List.of(Tenant.ADMIN_ROLE, MEMBER_ROLE);

	private final List<String> realmRoles;

	OrganizationRole(List<String> realmRoles) {
		this.realmRoles = realmRoles;
	}

	List<String> realmRoles() {
		return this.realmRoles;
	}

}
