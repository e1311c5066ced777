/**
 * The GraphQL adapter of the returns module, mapped onto
 * {@code graphql/returns.graphqls}: its input and payload records, the decoding of global
 * ids and the paths of user errors under {@code input}.
 */
@NullMarked
package io.homeward.platform.returns.graphql;

import org.jspecify.annotations.NullMarked;
