package io.homeward.platform.shared.graphql;

import java.util.Set;

/**
 * Root fields of {@code Mutation} whose input carries an {@code idempotencyKey} that the
 * field keeps itself, because its effects reach beyond PostgreSQL (Keycloak, say) and a
 * replay must finish what an interrupted first call began rather than answer a stored
 * response. The keyed-mutation transaction, which would hold a connection open across
 * those calls, is not opened for them.
 */
public interface SelfKeyedMutationFields {

	Set<String> rootFields();

}
