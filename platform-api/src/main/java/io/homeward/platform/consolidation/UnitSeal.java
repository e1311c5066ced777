package io.homeward.platform.consolidation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Close a unit with a seal number, or reopen a closed one with a reason (then
 * {@code sealNumber} is null and {@code reason} given).
 */
public record UnitSeal(UUID unitId, @Nullable String sealNumber, @Nullable String reason) {

}
