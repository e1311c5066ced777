package io.homeward.platform.consolidation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Take a unit or a parcel (exactly one) out of where it is packed. */
public record UnitUnpack(@Nullable UUID unitId, @Nullable UUID parcelId) {

}
