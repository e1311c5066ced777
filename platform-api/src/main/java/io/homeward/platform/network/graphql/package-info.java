/**
 * GraphQL controllers of the network module, mapped onto
 * {@code graphql/network.graphqls}.
 */
@NullMarked
package io.homeward.platform.network.graphql;

import org.jspecify.annotations.NullMarked;
