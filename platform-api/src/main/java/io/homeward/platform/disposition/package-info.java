/**
 * Disposition: what the destination hub found each item to be (its grade, the
 * inspection's notes and photos, and for electronics the functional test that lets used
 * equipment travel as a product rather than as waste), and where the item went, as a log
 * of dispositions with legal transitions, each mapped to its recovery or disposal
 * operation of the Waste Framework Directive where the item is waste; the ban on
 * destroying unsold apparel and footwear of the Ecodesign for Sustainable Products
 * Regulation and its derogations. The rules are data with their legal source
 * ({@code resources/disposition/}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "returns", "consolidation", "tracking" })
package io.homeward.platform.disposition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
