package io.homeward.platform.shared.graphql;

import java.util.Optional;
import java.util.UUID;

/**
 * Looks up objects of one GraphQL type for {@code node(id:)}. Each module registers one
 * per type it owns; lookups run under the caller's tenant, so a foreign id resolves to
 * nothing, exactly like a missing one.
 */
public interface NodeResolver {

	String type();

	Optional<?> resolve(UUID id);

}
