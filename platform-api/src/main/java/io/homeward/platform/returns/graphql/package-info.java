/**
 * GraphQL controllers of the returns module, mapped onto
 * {@code graphql/returns.graphqls}.
 */
@NullMarked
package io.homeward.platform.returns.graphql;

import org.jspecify.annotations.NullMarked;
