/**
 * Small value types and API plumbing every module uses: global ids, user errors, cursor
 * connections, validated codes (HS, country, currency, waste) and the GraphQL error and
 * limit configuration.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.homeward.platform.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
