/**
 * The GraphQL adapter of tracking's webhooks.
 */
@NullMarked
package io.homeward.platform.tracking.graphql;

import org.jspecify.annotations.NullMarked;
