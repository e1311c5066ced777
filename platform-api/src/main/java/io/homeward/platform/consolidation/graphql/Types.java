package io.homeward.platform.consolidation.graphql;

import java.util.UUID;

import io.homeward.platform.network.Program;
import io.homeward.platform.returns.Parcel;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

/** The ids of other modules' types the inputs name. */
final class Types {

	static final String HUB = "Hub";

	static final String PROGRAM = "Program";

	static final String LANE = "Lane";

	static final String PARCEL = Parcel.TYPE;

	static final String ORGANIZATION = "Organization";

	private Types() {
	}

	static @Nullable UUID optional(@Nullable String id, String type) {
		return (id != null) ? GlobalId.decodeOrNone(id, type) : null;
	}

}
