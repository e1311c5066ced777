package io.homeward.platform.onboarding;

import io.homeward.platform.tenancy.Organization;

/** What {@code organizationCreate} made: the organization and its first admin. */
public record Onboarded(Organization organization, OrganizationUser admin) {

}
