package io.homeward.platform.tracking;

import java.util.Locale;

/**
 * The business step of an event, from the GS1 Core Business Vocabulary 2.0: the CBV's
 * {@code bizStep} values a returns network records, by their CBV names
 * ({@code urn:epcglobal:cbv:bizstep:} and the lower-case name).
 */
public enum BizStep {

	COLLECTING, ACCEPTING, PACKING, LOADING, DEPARTING, ARRIVING, INSPECTING, RECEIVING, UNPACKING, REPAIRING,
	DISASSEMBLING, DESTROYING, STORING, SHIPPING;

	/** The CBV 2.0 URI of the step, as an EPCIS document writes it. */
	public String cbv() {
		return "urn:epcglobal:cbv:bizstep:" + name().toLowerCase(Locale.ROOT);
	}

}
