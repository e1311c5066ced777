package io.homeward.platform.shared.graphql;

import java.util.Set;

/**
 * Root fields of {@code Query} that a module answers without reading rows: from the
 * authenticated principal, or from a record the platform already holds for it (the
 * caller's organization, checked at sign-in). An operation that selects only such fields
 * (and introspection) runs without a transaction, so it takes no connection from the pool
 * and costs PostgreSQL nothing; any other root field in the same operation brings the one
 * read-only transaction back for all of them.
 * <p>
 * A field named here must stay rowless in every field below it: a field that does read
 * rows under it would not fail, since the module's {@code @Transactional} reads open a
 * transaction of their own, but the operation would lose its one snapshot.
 */
public interface RowlessQueryFields {

	Set<String> rootFields();

}
