package io.homeward.platform.onboarding;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A user of an organization as Keycloak has it.
 *
 * @param id the user's Keycloak id, the subject of their tokens
 * @param pendingActions what the user must still do at sign-in (verify the e-mail, set a
 * password)
 * @param invitationSent whether Keycloak e-mailed the user a link to do those now
 */
public record OrganizationUser(String id, String email, @Nullable String firstName, @Nullable String lastName,
		OrganizationRole role, boolean enabled, List<String> pendingActions, boolean invitationSent) {

}
