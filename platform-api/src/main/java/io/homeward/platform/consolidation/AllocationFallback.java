package io.homeward.platform.consolidation;

/**
 * Why an allocation was made by another method than the program asked for. A statement
 * shows the description, so each says what happened in words a shipper can read.
 */
public enum AllocationFallback {

	/**
	 * Together the shippers would have paid less sending everything alone than the
	 * carrier billed, so no split keeps every shipper at or below its stand-alone price.
	 */
	INVOICE_ABOVE_STAND_ALONE("The invoice exceeds the sum of the stand-alone prices: no split keeps every shipper "
			+ "at or below its stand-alone price, so the invoice was split pro rata by chargeable weight."),

	/**
	 * The rate card prices the load's weight at zero, so coalition costs cannot be
	 * scaled.
	 */
	NO_RATE_FOR_LOAD("The lane's rate card prices the load at zero, so coalition costs cannot be derived from it; "
			+ "the default method was used."),

	/**
	 * Some group of shippers would pay less on its own than every split of the invoice
	 * charges it.
	 */
	CORE_EMPTY("No split of the invoice charges every group of shippers at most what it would pay on its own "
			+ "(the core is empty), so the Equal Profit Method has no solution; the default method was used."),

	/**
	 * Too many shippers, and weights too fine-grained, for the coalition constraints to
	 * be listed or searched.
	 */
	CORE_TOO_LARGE("The load has too many coalitions of shippers to check exactly; the default method was used."),

	/** The linear-programming solver was unavailable or did not reach an optimum. */
	SOLVER_FAILED("The Equal Profit Method's solver did not reach a solution; the default method was used.");

	private final String description;

	AllocationFallback(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

}
