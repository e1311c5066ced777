/**
 * Audit: every mutation an organization's users run, recorded after it with who, which
 * operation, on what and with what outcome, in a log hash-chained per organization, which
 * its admins and its operator read and verify.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "returns" })
package io.homeward.platform.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
