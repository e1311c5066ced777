package io.homeward.platform.consolidation;

/** What was wrong with a load's seal on arrival. */
public enum SealException {

	/** The seal on arrival is not the one recorded at closing. */
	SEAL_MISMATCH,
	/** The seal arrived broken. */
	SEAL_BROKEN

}
