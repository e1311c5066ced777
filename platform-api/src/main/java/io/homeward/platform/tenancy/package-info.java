/**
 * Who is calling: the organization, its kind and the user, taken only from the validated
 * Keycloak token; bound to every database transaction so PostgreSQL row-level security
 * can enforce isolation, and carried to DataLoaders and async work. Also organizations
 * and idempotency keys.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package io.homeward.platform.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
