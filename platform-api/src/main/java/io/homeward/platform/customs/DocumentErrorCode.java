package io.homeward.platform.customs;

import io.homeward.platform.shared.ErrorCode;

/**
 * Failures of recording documents and of the dispatch gate, declared in
 * {@code customs.graphqls} ("Documents and the dispatch gate").
 */
enum DocumentErrorCode implements ErrorCode {

	/** A waste paper the item needs on the day of dispatch is not recorded for it. */
	CUSTOMS_DOCUMENT_MISSING,
	/** The paper recorded for the item is not valid on the day of dispatch. */
	CUSTOMS_DOCUMENT_EXPIRED,
	/**
	 * The waste table does not classify the item's code: a person must settle its papers.
	 */
	WASTE_CODE_UNCLASSIFIED,
	/** The named item is not in the load. */
	CUSTOMS_ITEM_NOT_IN_LOAD,
	/** The named item does not need a document of this kind. */
	CUSTOMS_DOCUMENT_NOT_NEEDED,
	/** The validity ends before it begins. */
	CUSTOMS_VALIDITY_REVERSED,
	/** Waste papers are recorded before the load leaves, not after. */
	CUSTOMS_LOAD_DISPATCHED

}
