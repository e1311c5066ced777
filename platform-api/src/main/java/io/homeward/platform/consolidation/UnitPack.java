package io.homeward.platform.consolidation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Pack one child, a unit or a parcel, into a unit or a load: exactly one of
 * {@code intoUnitId} and {@code intoLoadId}, exactly one of {@code unitId} and
 * {@code parcelId}.
 */
public record UnitPack(@Nullable UUID intoUnitId, @Nullable UUID intoLoadId, @Nullable UUID unitId,
		@Nullable UUID parcelId) {

}
