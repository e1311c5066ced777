package io.homeward.platform.customs;

/** Whether an item re-enters free of import duty as returned goods. */
public enum ReliefVerdict {

	/** The rule's conditions are met and its evidence is held. */
	ELIGIBLE,

	/** A condition of the rule is not met, or no rule grants relief at all. */
	NOT_ELIGIBLE,

	/** The conditions are met, but evidence the rule asks for is not held yet. */
	EVIDENCE_MISSING

}
