/**
 * The customs slice of the GraphQL schema (declarations, documents, clearance, relief and
 * commercial invoices): decodes global ids, turns inputs into the module's commands and
 * outcomes into payloads.
 */
@NullMarked
package io.homeward.platform.customs.graphql;

import org.jspecify.annotations.NullMarked;
