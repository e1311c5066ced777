package io.homeward.platform.customs;

import java.util.List;
import java.util.Set;

/**
 * The answer for one item: the verdict, the rule that decided it with its source, the
 * evidence still missing (each entry one document needed, its alternatives any one of
 * which will do) and the reason in words.
 */
record ReliefDecision(ReliefVerdict verdict, String rule, String source, List<Set<EvidenceKind>> missingEvidence,
		String reason) {

	ReliefDecision {
		missingEvidence = missingEvidence.stream().map(Set::copyOf).toList();
	}

}
