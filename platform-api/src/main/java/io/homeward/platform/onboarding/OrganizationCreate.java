package io.homeward.platform.onboarding;

import io.homeward.platform.tenancy.OrganizationKind;
import org.jspecify.annotations.Nullable;

/**
 * The command of {@code organizationCreate}, as the client sent it (validated by the
 * service).
 */
public record OrganizationCreate(@Nullable String idempotencyKey, @Nullable String name,
		@Nullable OrganizationKind kind, @Nullable Invitee admin) {

}
