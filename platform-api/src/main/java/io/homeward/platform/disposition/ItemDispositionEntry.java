package io.homeward.platform.disposition;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/** One entry of an item's disposition log. */
public record ItemDispositionEntry(UUID uuid, UUID itemId, int sequence, Disposition disposition,
		@Nullable WasteOperation wasteOperation, @Nullable EsprDerogation derogation,
		@Nullable String derogationEvidence, @Nullable String note, @Nullable Money recoveryValue,
		@Nullable Disposition proposedDisposition, @Nullable String overrideReason, OffsetDateTime recordedAt) {

	public static final String TYPE = "ItemDisposition";

}
