package io.homeward.platform.tracking;

import java.util.Locale;

/**
 * The business condition of the objects after an event, from the GS1 Core Business
 * Vocabulary 2.0 ({@code urn:epcglobal:cbv:disp:} and the lower-case name).
 */
public enum Disposition {

	IN_TRANSIT, IN_PROGRESS, RETURNED, DAMAGED, NON_CONFORMANT, SELLABLE_ACCESSIBLE, DESTROYED, DISPOSED;

	/** The CBV 2.0 URI of the disposition, as an EPCIS document writes it. */
	public String cbv() {
		return "urn:epcglobal:cbv:disp:" + name().toLowerCase(Locale.ROOT);
	}

}
