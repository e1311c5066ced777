package io.homeward.platform.consolidation.graphql;

import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.UnitPack;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

record UnitPackInput(String into, @Nullable String unitId, @Nullable String parcelId) {

	/**
	 * {@code into} names a unit or a load; an id of neither is a unit that does not
	 * exist.
	 */
	UnitPack toCommand() {
		Optional<GlobalId> target = GlobalId.decode(into);
		boolean load = target.filter((id) -> id.type().equals(Load.TYPE)).isPresent();
		UUID unit = load ? null : GlobalId.decodeOrNone(into, HandlingUnit.TYPE);
		return new UnitPack(unit, load ? target.get().uuid() : null, Types.optional(unitId, HandlingUnit.TYPE),
				Types.optional(parcelId, Types.PARCEL));
	}

}
