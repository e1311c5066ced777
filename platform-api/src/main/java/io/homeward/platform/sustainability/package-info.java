/**
 * Sustainability: what each leg of a load emitted, following ISO 14083 and the GLEC
 * Framework (tonne-kilometres times an emission factor that is data with its source, the
 * distance the carrier's or the great-circle distance adjusted for the mode), each load's
 * emissions allocated to its parcels by chargeable weight, and what they would have
 * emitted travelling alone as parcels; and the report each shipper reads of its program:
 * items and weight by disposition, recovery, money saved and recovered, emissions and
 * emissions avoided, its partners' performance, cycle time, the figures of ESRS E5-5 on
 * resource outflows, and its own waste streams. The factors and adjustments are data
 * ({@code resources/sustainability/}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network", "pricing", "consolidation", "disposition" })
package io.homeward.platform.sustainability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
