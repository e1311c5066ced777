package io.homeward.platform.consolidation.graphql;

import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.UnitUnpack;
import org.jspecify.annotations.Nullable;

record UnitUnpackInput(@Nullable String unitId, @Nullable String parcelId) {

	UnitUnpack toCommand() {
		return new UnitUnpack(Types.optional(unitId, HandlingUnit.TYPE), Types.optional(parcelId, Types.PARCEL));
	}

}
