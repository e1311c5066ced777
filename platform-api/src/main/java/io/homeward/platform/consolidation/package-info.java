/**
 * Shared loads: handling units identified by SSCCs and nested by aggregation events,
 * loads along one lane with one carrier within a program, the dangerous-goods segregation
 * that decides what may travel together, the planner that proposes loads, the split of a
 * carrier's invoice among the shippers in a load, and the receipt of a load at its
 * destination hub.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "network", "pricing", "returns" })
package io.homeward.platform.consolidation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
