/**
 * Real PostgreSQL, Redis and Keycloak for development and tests, started without
 * installing anything: embedded processes from Maven artifacts, or Testcontainers where a
 * Docker engine is present.
 */
@NullMarked
package io.homeward.infra.local;

import org.jspecify.annotations.NullMarked;
