package io.homeward.platform.audit;

/** What became of an audited mutation. */
public enum AuditOutcome {

	/** Done, without user errors. */
	DONE,
	/** Refused with user errors: nothing changed. */
	REFUSED,
	/** Failed with an error (internal, rate limited, timed out). */
	FAILED

}
