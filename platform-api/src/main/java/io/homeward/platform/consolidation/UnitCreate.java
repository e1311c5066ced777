package io.homeward.platform.consolidation;

import java.util.UUID;

/** Create an empty, open unit at one of the operator's hubs, for one of its programs. */
public record UnitCreate(String idempotencyKey, UnitKind kind, UUID hubId, UUID programId) {

}
