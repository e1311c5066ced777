package io.homeward.platform.disposition;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Record where a graded item goes next. */
public record ItemDispose(String idempotencyKey, UUID itemId, Disposition disposition,
		@Nullable String wasteOperationCode, @Nullable EsprDerogation derogation, @Nullable String derogationEvidence,
		@Nullable String note, @Nullable BigDecimal recoveryAmount, @Nullable String recoveryCurrency,
		@Nullable String overrideReason) {

}
