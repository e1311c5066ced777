package io.homeward.platform.onboarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The command of {@code organizationUserInvite}; no organization means the caller's own.
 */
public record UserInvite(@Nullable UUID organizationId, @Nullable Invitee user, @Nullable OrganizationRole role) {

}
