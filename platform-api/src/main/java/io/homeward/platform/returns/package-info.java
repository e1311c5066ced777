/**
 * Return orders (RMAs): a shipper's authorization for goods to come back, with the items
 * (trade codes, value, weight, hazard, waste), the parcels they travel in and the
 * customer's contact, kept apart as personal data. Creation checks the program's
 * admission rules; status follows a fixed state machine.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network" })
package io.homeward.platform.returns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
