package io.homeward.platform.network.graphql;

import java.util.UUID;

import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;

/**
 * The argument of {@code programJoin} and {@code programLeave}: the schema keeps one
 * input type for both, which clients already name in their documents.
 */
record ProgramMembershipInput(String programId) {

	/**
	 * An id that names no program of ours decodes to {@link GlobalId#NONE}: not found.
	 */
	UUID program() {
		return GlobalId.decodeOrNone(programId, Program.TYPE);
	}

}
