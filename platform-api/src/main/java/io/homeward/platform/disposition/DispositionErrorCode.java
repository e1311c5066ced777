package io.homeward.platform.disposition;

import io.homeward.platform.shared.ErrorCode;

/**
 * Refusals of grading and disposing of items, declared in {@code disposition.graphqls}.
 */
enum DispositionErrorCode implements ErrorCode {

	/**
	 * The item's parcel has not been received at the hub (or came damaged and was not).
	 */
	ITEM_NOT_RECEIVED,
	/** The item has a disposition: its grade is part of that record now. */
	ITEM_ALREADY_DISPOSED,
	/** The item has no grade yet: the hub grades an item before it disposes of it. */
	ITEM_NOT_GRADED,
	/** Graded MISSING: there is nothing to dispose of. */
	ITEM_MISSING,
	/** The disposition may not follow the item's last one, or the grade forbids it. */
	DISPOSITION_NOT_ALLOWED,
	/**
	 * The waste operation is not one this disposition may record, or the item is no
	 * waste.
	 */
	WASTE_OPERATION_NOT_ALLOWED,
	/** ESPR forbids destroying this unsold product without a derogation. */
	DESTRUCTION_BANNED,
	/** A derogation needs the reference of its documentation. */
	DEROGATION_EVIDENCE_REQUIRED,
	/** The first disposition differs from what the shipper's rule proposed: say why. */
	OVERRIDE_REASON_REQUIRED,
	/**
	 * The item's final disposition is not the one the certificate attests (or it has none
	 * yet).
	 */
	CERTIFICATE_NOT_APPLICABLE,
	/** Used electronics go back to use only with a passed functional test on record. */
	FUNCTIONAL_TEST_REQUIRED

}
