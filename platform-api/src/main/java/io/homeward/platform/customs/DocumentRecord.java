package io.homeward.platform.customs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The command that records a document for a load, covering the named items of it. Ids
 * that name nothing arrive as {@code GlobalId.NONE} and are answered like unknown ones.
 */
public record DocumentRecord(String idempotencyKey, UUID loadId, CustomsDocumentKind kind, @Nullable String reference,
		@Nullable String issuer, LocalDate validFrom, @Nullable LocalDate validUntil, List<UUID> itemIds) {

	public DocumentRecord {
		itemIds = List.copyOf(itemIds);
	}

}
