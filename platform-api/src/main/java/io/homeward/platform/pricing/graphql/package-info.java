/**
 * The pricing module's GraphQL adapter: controllers mapped onto
 * {@code graphql/pricing.graphqls} and the inputs and payloads of its operations. Global
 * ids are decoded and codes parsed here, once; the services' errors are put under the
 * {@code input} argument here.
 */
@NullMarked
package io.homeward.platform.pricing.graphql;

import org.jspecify.annotations.NullMarked;
