/**
 * The customs slice of the GraphQL schema: decodes global ids, calls the module's
 * services and maps their records onto the schema's types.
 */
@NullMarked
package io.homeward.platform.customs.graphql;

import org.jspecify.annotations.NullMarked;
