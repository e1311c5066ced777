package io.homeward.platform.tenancy;

/** Where an organization stands on the platform. */
public enum OrganizationStatus {

	/** Recorded by onboarding, its Keycloak side not yet complete: names no tenant. */
	PROVISIONING,

	/** In use. */
	ACTIVE,

	/**
	 * Stopped by the operator: no token of it names a tenant, none of its transactions
	 * binds.
	 */
	DISABLED

}
