package io.homeward.platform.onboarding;

import org.jspecify.annotations.Nullable;

/**
 * A person to give an account in an organization, as the client sent it (validated by the
 * service).
 */
public record Invitee(@Nullable String email, @Nullable String firstName, @Nullable String lastName) {

}
