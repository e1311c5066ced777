package io.homeward.platform.customs;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The header of a load's customs declaration as every reader of it may see it: status,
 * customs reference, currency and the countries it goes from and to. No value: the lines
 * and the exchange rates are read apart, under each reader's policies.
 */
public record CustomsDeclaration(UUID uuid, UUID operatorId, UUID loadId, UUID carrierId, DeclarationStatus status,
		@Nullable String customsReference, @Nullable String holdReason, String currency, String exportCountry,
		String importCountry, OffsetDateTime createdAt, int version) {

	public static final String TYPE = "CustomsDeclaration";

}
