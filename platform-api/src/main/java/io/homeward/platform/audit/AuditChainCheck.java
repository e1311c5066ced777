package io.homeward.platform.audit;

import org.jspecify.annotations.Nullable;

/**
 * An organization's chain recomputed: how many entries, and the first that does not hold
 * (its hash, its link to the previous entry or its number), null when intact.
 */
public record AuditChainCheck(long entries, @Nullable Long firstBrokenSeq) {

	public boolean intact() {
		return this.firstBrokenSeq == null;
	}

}
