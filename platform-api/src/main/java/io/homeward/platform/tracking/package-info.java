/**
 * Tracking: what happens to loads, units and parcels, as events aligned with GS1 EPCIS
 * 2.0 and its Core Business Vocabulary, recorded by carriers and operators; the status
 * and milestones of each return that follow from them; live subscriptions to a return's
 * or a load's updates, fanned out through Redis and read again as each subscriber; and
 * the shippers' webhooks that carry milestones, dispatch notices and discrepancies out,
 * signed, through a transactional outbox.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network", "returns", "consolidation", "customs" })
package io.homeward.platform.tracking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
