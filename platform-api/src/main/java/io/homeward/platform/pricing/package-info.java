/**
 * Rate cards per lane, quotes that compare stand-alone with pooled cost, cached in Redis.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network" })
package io.homeward.platform.pricing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
