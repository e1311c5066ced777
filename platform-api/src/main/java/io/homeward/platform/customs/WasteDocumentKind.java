package io.homeward.platform.customs;

/** A paper a shipment of waste cannot leave without. */
enum WasteDocumentKind {

	/**
	 * The document of Annex VII to Regulation (EU) 2024/1157, travelling with
	 * green-listed waste.
	 */
	ANNEX_VII_DOCUMENT,

	/**
	 * The notification and the written consent of the competent authorities concerned.
	 */
	PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT,

	/** The prior informed consent of the Basel Convention for e-waste (Y49, A1181). */
	BASEL_PRIOR_INFORMED_CONSENT

}
