/**
 * The onboarding slice of the GraphQL schema: decodes ids, turns inputs into the module's
 * commands and outcomes into payloads.
 */
@NullMarked
package io.homeward.platform.onboarding.graphql;

import org.jspecify.annotations.NullMarked;
