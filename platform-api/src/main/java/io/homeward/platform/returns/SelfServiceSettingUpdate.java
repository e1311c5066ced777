package io.homeward.platform.returns;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The command that replaces the calling shipper's self-service setting as a whole, so
 * sending it twice leaves the same setting as sending it once.
 *
 * @param programId {@code GlobalId.NONE} when the client's id names none, null when left
 * out
 */
public record SelfServiceSettingUpdate(boolean enabled, @Nullable String handle, @Nullable UUID programId,
		@Nullable String privacyNoticeUrl, @Nullable String privacyNoticeText, @Nullable List<ReturnReason> reasons) {

}
