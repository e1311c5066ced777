/**
 * The tracking slice of the GraphQL schema for events: decodes global ids, turns inputs
 * into the module's commands and results into payloads.
 */
@NullMarked
package io.homeward.platform.tracking.graphql;

import org.jspecify.annotations.NullMarked;
