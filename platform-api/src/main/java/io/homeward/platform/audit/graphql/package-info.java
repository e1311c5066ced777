/**
 * The audit log's GraphQL adapter.
 */
@NullMarked
package io.homeward.platform.audit.graphql;

import org.jspecify.annotations.NullMarked;
