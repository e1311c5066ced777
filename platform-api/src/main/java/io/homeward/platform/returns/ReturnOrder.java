package io.homeward.platform.returns;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A return order as other modules and the API see it.
 *
 * @param originCity where the goods are collected, for everyone who sees the return: the
 * program's operator plans collection by it
 * @param originCountry ISO 3166-1 alpha-2 country of {@code originCity}
 * @param origin the full street address; personal data, null unless the caller is the
 * return's shipper
 * @param reasonNote free text, personal data: null unless the caller is the shipper
 * @param statusNote why the return was declined or canceled, free text: null unless the
 * caller is the shipper
 */
public record ReturnOrder(UUID uuid, UUID shipperId, UUID operatorId, UUID programId, String rmaNumber,
		ReturnStatus status, ReturnReason reason, @Nullable String reasonNote, @Nullable String statusNote,
		String originCity, String originCountry, @Nullable Address origin, @Nullable OriginalExport originalExport,
		String trackingCode, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	public static final String TYPE = "ReturnOrder";

}
