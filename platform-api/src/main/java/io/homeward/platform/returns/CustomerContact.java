package io.homeward.platform.returns;

import org.jspecify.annotations.Nullable;

/** The person or business sending goods back. Personal data. */
public record CustomerContact(String name, @Nullable String email, @Nullable String phone) {

}
