package io.homeward.platform.consolidation;

/** An open unit takes contents; a closed one is sealed and takes none until reopened. */
public enum UnitStatus {

	OPEN, CLOSED

}
