package io.homeward.platform.tenancy;

import java.util.UUID;

/** An organization as other modules and the API see it. */
public record Organization(UUID uuid, String name, OrganizationKind kind) {

	public static final String TYPE = "Organization";

}
