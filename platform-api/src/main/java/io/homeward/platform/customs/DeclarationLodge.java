package io.homeward.platform.customs;

import java.util.UUID;

/** Record that the declaration was lodged, with the reference customs answered. */
public record DeclarationLodge(UUID declarationId, int version, String customsReference) {

}
