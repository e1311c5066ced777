/**
 * The GraphQL adapter of the tenancy module: the viewer, and how mutations that carry an
 * idempotency key execute (one transaction per such field, the first answer stored with
 * the key and replayed verbatim).
 */
@NullMarked
package io.homeward.platform.tenancy.graphql;

import org.jspecify.annotations.NullMarked;
