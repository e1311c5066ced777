package io.homeward.platform.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The organization a token names, read from the claim of Keycloak's organization
 * membership mapper: one entry per organization the user is a member of, keyed by its
 * alias, holding the organization's attributes ({@code homeward_id} and
 * {@code homeward_kind}). Organization attributes are set through the admin API only
 * (onboarding sets them), never by a user editing their profile, which is why the tenant
 * is taken from them and not from user attributes.
 * <p>
 * A token naming no organization, or several, names no tenant: Keycloak leaves the claim
 * out for a user of several organizations unless the client asked for all of them, and a
 * token that lists several (scope {@code homeward:*}) must not let the platform choose.
 *
 * @param id the platform's id of the organization, as text
 * @param kind the kind the organization's attribute gives, as text
 */
record TokenOrganization(String id, String kind) {

	static final String CLAIM = "organization";

	static final String ID_ATTRIBUTE = "homeward_id";

	static final String KIND_ATTRIBUTE = "homeward_kind";

	static Optional<TokenOrganization> of(@Nullable Object claim) {
		if (!(claim instanceof Map<?, ?> memberships) || memberships.size() != 1) {
			return Optional.empty();
		}
		if (!(memberships.values().iterator().next() instanceof Map<?, ?> attributes)) {
			return Optional.empty();
		}
		String id = single(attributes.get(ID_ATTRIBUTE));
		String kind = single(attributes.get(KIND_ATTRIBUTE));
		return (id == null || kind == null) ? Optional.empty() : Optional.of(new TokenOrganization(id, kind));
	}

	/** An attribute's one value: Keycloak writes attributes as lists. */
	private static @Nullable String single(@Nullable Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof List<?> list && list.size() == 1 && list.getFirst() instanceof String text) {
			return text;
		}
		return null;
	}

}
