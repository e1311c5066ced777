/**
 * The network module's GraphQL adapter, mapped onto {@code graphql/network.graphqls}: it
 * owns the mutations' inputs and payloads, decodes global ids into the commands' UUIDs
 * and puts the commands' error paths under {@code input}.
 */
@NullMarked
package io.homeward.platform.network.graphql;

import org.jspecify.annotations.NullMarked;
