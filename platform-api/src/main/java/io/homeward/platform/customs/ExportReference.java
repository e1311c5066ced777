package io.homeward.platform.customs;

import java.time.LocalDate;

/**
 * The export returned goods first left under: its declaration's reference (an MRN in the
 * EU) and the day of export. An invoice line names it so customs can match the return to
 * the export, as relief asks.
 */
public record ExportReference(String reference, LocalDate exportedOn) {

	public ExportReference {
		if (reference.isBlank()) {
			throw new IllegalArgumentException("The original export needs its reference");
		}
	}

}
