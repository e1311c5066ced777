/**
 * The tracking slice of the GraphQL schema (events and their ingest, subscriptions,
 * webhooks): decodes global ids, turns inputs into the module's commands and outcomes
 * into payloads.
 */
@NullMarked
package io.homeward.platform.tracking.graphql;

import org.jspecify.annotations.NullMarked;
