/** The disposition module's GraphQL adapter: inputs, payloads and controllers. */
@NullMarked
package io.homeward.platform.disposition.graphql;

import org.jspecify.annotations.NullMarked;
