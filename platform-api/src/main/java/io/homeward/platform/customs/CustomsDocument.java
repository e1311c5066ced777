package io.homeward.platform.customs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document recorded for a load, with the items it covers that the reader may see: all
 * of them for the load's operator, a shipper's own, none for the carrier (who reads the
 * document itself, since the papers travel with the goods).
 */
public record CustomsDocument(UUID uuid, UUID loadId, CustomsDocumentKind kind, String reference, String issuer,
		LocalDate validFrom, @Nullable LocalDate validUntil, OffsetDateTime recordedAt, List<CoveredItem> items) {

	public static final String TYPE = "CustomsDocument";

	/** An item the document covers, with its return and shipper. */
	public record CoveredItem(UUID itemId, UUID returnId, UUID shipperId) {

	}

	public CustomsDocument {
		items = List.copyOf(items);
	}

	/** Whether the document is in force on {@code day}: both ends count as inside. */
	public boolean validOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
	}

	boolean covers(UUID itemId) {
		return items.stream().anyMatch((item) -> item.itemId().equals(itemId));
	}

}
