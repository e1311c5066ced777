/**
 * The operators' network: hubs, lanes between them and the shared consolidation programs
 * shippers join. The owning operator reads and changes it; shippers read every
 * operator's, carriers the hubs, the programs without their terms, and the lanes they
 * run; other operators none of it (ADR 0006). The API: {@link NetworkCatalog} reads,
 * {@link LaneAdministration} and {@link ProgramMemberships} take commands and answer
 * {@link io.homeward.platform.shared.Outcome}s.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package io.homeward.platform.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
