package io.homeward.platform.disposition;

/**
 * A recovery (Annex II, R1–R13) or disposal (Annex I, D1–D15) operation of the Waste
 * Framework Directive 2008/98/EC, as {@code waste-operations.csv} lists it.
 */
public record WasteOperation(String code, Kind kind, EsrsOutflow outflow, String operation, String source) {

	public enum Kind {

		RECOVERY, DISPOSAL

	}

}
