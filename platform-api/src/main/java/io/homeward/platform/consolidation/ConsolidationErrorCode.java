package io.homeward.platform.consolidation;

import io.homeward.platform.shared.ErrorCode;

/** Failures only consolidation reports, declared in {@code consolidation.graphqls}. */
public enum ConsolidationErrorCode implements ErrorCode {

	/** The operator has no GS1 company prefix yet: no SSCC can be allocated. */
	SSCC_PREFIX_MISSING,
	/** Every serial reference of the company prefix is used. */
	SSCC_EXHAUSTED,
	/** The unit is closed (sealed): nothing goes in or out until it is reopened. */
	UNIT_CLOSED,
	/** The unit is open: there is no seal to reopen. */
	UNIT_OPEN,
	/** This kind of unit does not go into that kind (a pallet into a bag). */
	NESTING_NOT_ALLOWED,
	/** The unit or parcel is already packed somewhere: unpack it first. */
	ALREADY_PACKED,
	/** The unit or parcel is not packed anywhere. */
	NOT_PACKED,
	/** Only parcels of APPROVED returns are packed. */
	RETURN_NOT_APPROVED,
	/** The unit, parcel or load belongs to another program. */
	PROGRAM_MISMATCH,
	/**
	 * The unit or parcel is at another hub than the load's origin, or than the unit's.
	 */
	HUB_MISMATCH,
	/** The load's capacity in kilograms or cubic metres would be exceeded. */
	CAPACITY_EXCEEDED,
	/** The load is no longer being planned: its contents are fixed. */
	LOAD_NOT_PLANNING,
	/** The load's cut-off has passed. */
	CUTOFF_PASSED,
	/** The load's status does not allow this change. */
	ILLEGAL_LOAD_TRANSITION,
	/** The lane is not one of the program's lanes (from the hub, for a load plan). */
	LANE_NOT_IN_PROGRAM,
	/** The program has no consolidated lane from the hub a load plan names. */
	NO_LANE_FROM_HUB,
	/**
	 * The program has several consolidated lanes from the hub a load plan names, and it
	 * names none of them.
	 */
	LANE_AMBIGUOUS,
	/** Dangerous goods that may not travel together (segregation). */
	SEGREGATION_VIOLATED,
	/**
	 * A receipt line names a parcel that is not on the load's manifest, or names one
	 * twice.
	 */
	NOT_ON_MANIFEST,
	/** The load is still being planned: its contents, and so its cost, are not fixed. */
	LOAD_STILL_PLANNING,
	/** The load's invoice is recorded already. */
	INVOICE_RECORDED,
	/** The invoice is in another currency than the lane's or the courier's rate card. */
	CURRENCY_MISMATCH,
	/** The load holds no parcels: there is nobody to split an invoice among. */
	LOAD_EMPTY,
	/** The parcels or loads a plan proposal was made from have changed since. */
	PLAN_STALE,
	/**
	 * An accepted plan breaks capacity, cut-off or segregation (one error per violation).
	 */
	PLAN_VIOLATED

}
