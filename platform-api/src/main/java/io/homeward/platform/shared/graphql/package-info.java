/**
 * The GraphQL runtime every module's adapter uses: {@code node(id:)}, cursor connections,
 * scalars, error masking, limits and how operations execute (one transaction per query,
 * fetchers on the request thread). Kept apart from the value types of
 * {@code io.homeward.platform.shared}, which the domain uses without any GraphQL.
 */
@NullMarked
package io.homeward.platform.shared.graphql;

import org.jspecify.annotations.NullMarked;
