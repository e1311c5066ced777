/** The sustainability module's GraphQL controllers and their inputs and payloads. */
@NullMarked
package io.homeward.platform.sustainability.graphql;

import org.jspecify.annotations.NullMarked;
