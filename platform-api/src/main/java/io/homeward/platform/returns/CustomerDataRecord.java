package io.homeward.platform.returns;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a shipper holds of a customer for one return: the personal data (contact, street
 * address, free text) beside the return it belongs to. After an erasure the personal
 * fields read as erased or null and {@code erasedAt} says when.
 */
public record CustomerDataRecord(UUID returnId, String rmaNumber, ReturnStatus status, OffsetDateTime createdAt,
		@Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String line1,
		@Nullable String line2, @Nullable String postalCode, @Nullable String region, String city, String country,
		@Nullable String reasonNote, @Nullable String statusNote, @Nullable OffsetDateTime erasedAt) {

}
