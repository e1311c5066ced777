package io.homeward.platform.customs;

import java.time.LocalDate;
import java.util.List;

/**
 * Returned goods relief for one item travelling in a load across a customs border: the
 * decision of {@link ReliefRules} with what it was asked about.
 *
 * @param missingEvidence the groups of evidence still missing, all needed, any one kind
 * of a group enough
 * @param importingCountry the destination hub's country
 * @param reimportedOn the load's departure day (UTC), which the platform takes as the day
 * of re-import
 */
public record ItemRelief(ReliefVerdict verdict, String rule, String source, List<List<EvidenceKind>> missingEvidence,
		String reason, String importingCountry, LocalDate reimportedOn) {

	public ItemRelief {
		missingEvidence = missingEvidence.stream().map(List::copyOf).toList();
	}

}
