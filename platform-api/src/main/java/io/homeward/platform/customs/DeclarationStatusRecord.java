package io.homeward.platform.customs;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Record customs' answer to the declaration: the status it moved to, and why if held. */
public record DeclarationStatusRecord(UUID declarationId, int version, DeclarationStatus status,
		@Nullable String reason) {

}
