/**
 * The operators' published network: hubs, lanes between them and the shared consolidation
 * programs shippers join. Every organization reads it; only the owning operator changes
 * it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package io.homeward.platform.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
