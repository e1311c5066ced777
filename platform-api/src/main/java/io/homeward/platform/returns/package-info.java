/**
 * Return orders (RMAs): a shipper's authorization for goods to come back, with the items
 * (trade codes, value, weight, hazard, waste), the parcels they travel in and the
 * customer's contact. Personal data (the contact, the street address, free-text notes)
 * lives in tables only the shipper's policy admits; the program's operator reads the
 * rest. Creation checks the form and the program's admission rules; status follows a
 * fixed state machine. Any member of a shipper may create and move its returns.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network" })
package io.homeward.platform.returns;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
