package io.homeward.platform.customs;

/**
 * The control regime a row of the waste table puts an entry under, and the paper it asks
 * for.
 */
enum WasteRegime {

	GREEN_LIST(WasteDocumentKind.ANNEX_VII_DOCUMENT),

	NOTIFICATION(WasteDocumentKind.PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT),

	BASEL_PIC(WasteDocumentKind.BASEL_PRIOR_INFORMED_CONSENT);

	private final WasteDocumentKind document;

	WasteRegime(WasteDocumentKind document) {
		this.document = document;
	}

	WasteDocumentKind document() {
		return document;
	}

}
