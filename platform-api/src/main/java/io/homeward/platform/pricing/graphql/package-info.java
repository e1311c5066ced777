/**
 * GraphQL controllers of the pricing module, mapped onto
 * {@code graphql/pricing.graphqls}.
 */
@NullMarked
package io.homeward.platform.pricing.graphql;

import org.jspecify.annotations.NullMarked;
