package io.homeward.platform.customs;

import java.time.LocalDate;

/**
 * The export the returned goods first left under: its declaration's reference (an MRN in
 * the EU) and the day of export. The invoice names it so customs can match the return to
 * the export, as relief asks.
 */
record ExportReference(String reference, LocalDate exportedOn) {

	ExportReference {
		if (reference.isBlank()) {
			throw new IllegalArgumentException("The original export needs its reference");
		}
	}

}
