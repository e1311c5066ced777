package io.homeward.platform.customs;

import java.util.List;

import io.homeward.platform.shared.WasteCode;

/**
 * What the waste table says about one item's code: the papers it needs, or that the table
 * does not classify the code at all ({@code classified} false, no documents), which a
 * caller must treat as "ask a person", never as "needs nothing".
 */
record WastePapers(WasteCode code, boolean classified, List<RequiredWasteDocument> documents, String reason) {

	WastePapers {
		documents = List.copyOf(documents);
	}

}
