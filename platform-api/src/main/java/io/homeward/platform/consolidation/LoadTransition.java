package io.homeward.platform.consolidation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Move a load one step on, from the version the client read: a load changed since answers
 * CONFLICT. Closing names the seal.
 */
public record LoadTransition(UUID loadId, int version, LoadStatus target, @Nullable String sealNumber) {

}
