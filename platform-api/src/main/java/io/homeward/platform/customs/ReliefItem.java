package io.homeward.platform.customs;

import java.time.LocalDate;
import java.util.Set;

import io.homeward.platform.shared.CountryCode;

/**
 * One returned item as relief sees it: where it is re-imported and when, when it left,
 * where it was made, what happened to it abroad and which evidence its shipper holds.
 */
record ReliefItem(CountryCode importingCountry, LocalDate exportedOn, LocalDate reimportedOn,
		CountryCode manufacturedIn, boolean improvedAbroad, boolean stateUnchanged, Set<EvidenceKind> evidence) {

	ReliefItem {
		if (reimportedOn.isBefore(exportedOn)) {
			throw new IllegalArgumentException(
					"Re-imported on " + reimportedOn + ", before it was exported on " + exportedOn);
		}
		evidence = Set.copyOf(evidence);
	}

}
