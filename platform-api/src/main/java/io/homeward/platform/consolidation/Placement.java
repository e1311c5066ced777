package io.homeward.platform.consolidation;

import org.jspecify.annotations.Nullable;

/**
 * Where a packing or unpacking happened, as it is now: the unit packed into or out of,
 * and the load it is in (or the load itself, for a unit packed directly into it).
 */
public record Placement(@Nullable HandlingUnit unit, @Nullable Load load) {

}
