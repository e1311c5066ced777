package io.homeward.platform.returns.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import io.homeward.platform.network.Program;
import io.homeward.platform.returns.ReturnFilter;
import io.homeward.platform.returns.ReturnStatus;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * The {@code returns} filter as the schema declares it; a program id that is not one of
 * ours decodes to {@code GlobalId.NONE} and matches nothing.
 */
record ReturnFilterInput(@Nullable List<ReturnStatus> status, @Nullable String programId,
		@Nullable OffsetDateTime createdFrom, @Nullable OffsetDateTime createdTo) {

	ReturnFilter toFilter() {
		return new ReturnFilter(status, (programId != null) ? GlobalId.decodeOrNone(programId, Program.TYPE) : null,
				createdFrom, createdTo);
	}

}
