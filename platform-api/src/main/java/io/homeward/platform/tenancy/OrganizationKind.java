package io.homeward.platform.tenancy;

/** What an organization does on the platform; decides what it may see and do. */
public enum OrganizationKind {

	/** Runs hubs, lanes and shared programs. */
	OPERATOR,
	/** Sends returns through programs. */
	SHIPPER,
	/** Moves loads along lanes. */
	CARRIER

}
