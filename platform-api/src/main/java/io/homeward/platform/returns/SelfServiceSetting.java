package io.homeward.platform.returns;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whether a shipper's customers may start returns themselves, without a login, at the
 * portal's {@code /return/{handle}}.
 *
 * @param handle the page's public address, kept while self-service is off
 * @param programId where self-service returns go; null only while off
 * @param privacyNoticeUrl the notice customers agree to; null only while off
 * @param reasons what customers may choose from, in the shipper's order
 */
public record SelfServiceSetting(String handle, boolean enabled, @Nullable UUID programId,
		@Nullable String privacyNoticeUrl, @Nullable String privacyNoticeText, List<ReturnReason> reasons,
		OffsetDateTime updatedAt) {

	public SelfServiceSetting {
		reasons = List.copyOf(reasons);
	}

}
