/**
 * Rate cards per lane, quotes that compare stand-alone with pooled cost, cached in Redis.
 * The public API is the services {@link io.homeward.platform.pricing.RateCards},
 * {@link io.homeward.platform.pricing.Quotes} and
 * {@link io.homeward.platform.pricing.ProgramPricings}, their commands and results, and
 * the event {@link io.homeward.platform.pricing.RateCardPublished}; prices are read by
 * the owning operator and by shippers only.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network" })
package io.homeward.platform.pricing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
