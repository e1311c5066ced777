package io.homeward.platform.consolidation;

/**
 * How a program splits a load's carrier invoice among the shippers in the load. The
 * definitions, with worked examples, are in {@code docs/domain/cost-sharing.md}.
 */
public enum AllocationMethod {

	/**
	 * Pro rata by chargeable weight on the consolidated lane, no shipper above its
	 * stand-alone price, the excess spread pro rata over the others.
	 */
	DEFAULT,

	/**
	 * The Shapley value of the coalition cost game: exact up to 12 shippers, estimated
	 * from random orders beyond, with the estimate's error reported.
	 */
	SHAPLEY,

	/**
	 * The Equal Profit Method (Frisk et al. 2010): relative savings as equal as the core
	 * allows.
	 */
	EQUAL_PROFIT

}
