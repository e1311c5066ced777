/**
 * Onboarding: operators create shipper and carrier organizations, the organizations'
 * admins invite and remove their users, operators disable organizations; each on the
 * platform and in Keycloak (its Organizations, through the admin API), in steps that a
 * retry resumes, so both sides end up agreeing (ADR 0013).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
package io.homeward.platform.onboarding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
