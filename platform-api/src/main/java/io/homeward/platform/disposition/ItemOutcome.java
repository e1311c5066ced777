package io.homeward.platform.disposition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Where one item ended, as the sustainability report counts it: its final disposition,
 * the weight it takes there, whether it was waste and how ESRS E5-5 counts its outflow,
 * what it brought back, and the certificates that attest it.
 *
 * @param wasteCode the European waste code it travelled under, if it travelled as waste
 * @param weightKg the line's weight: unit weight times quantity
 * @param outflow how ESRS E5-5 counts the item, or null for a product that stayed one
 * (restocked, sold, donated without having been waste) or went back to its shipper
 * @param resale what resale, restocking or refurbishment of the item brought, per
 * currency
 * @param material what its materials or energy brought, per currency
 */
public record ItemOutcome(UUID itemId, UUID shipperId, UUID returnId, UUID programId, String hsCode,
		@Nullable String wasteCode, int quantity, BigDecimal weightKg, boolean hazardous, Disposition disposition,
		@Nullable String operationCode, @Nullable Outflow outflow, OffsetDateTime requestedAt, OffsetDateTime finalAt,
		List<Money> resale, List<Money> material, List<Certificate> certificates) {

	public ItemOutcome {
		resale = List.copyOf(resale);
		material = List.copyOf(material);
		certificates = List.copyOf(certificates);
	}

	/**
	 * ESRS E5-5's categories of waste: diverted from disposal (preparation for reuse,
	 * recycling, other recovery) or directed to it (incineration, landfill, other
	 * disposal); {@link #INTERIM} for waste whose last operation only prepares another
	 * (storage, exchange), not counted until it has one.
	 */
	public enum Outflow {

		PREPARATION_FOR_REUSE, RECYCLING, OTHER_RECOVERY, INCINERATION, LANDFILL, OTHER_DISPOSAL, INTERIM;

		public boolean diverted() {
			return this == PREPARATION_FOR_REUSE || this == RECYCLING || this == OTHER_RECOVERY;
		}

		public boolean directed() {
			return this == INCINERATION || this == LANDFILL || this == OTHER_DISPOSAL;
		}

	}

	/** A processing partner's certificate of the item, and when it was issued. */
	public record Certificate(String partnerName, LocalDate issuedOn) {

	}

	/**
	 * Whether the item went back to use or to recovery: what the recovery rate counts.
	 */
	public boolean recovered() {
		return disposition.reuse() || (outflow != null && outflow.diverted());
	}

	/** Whether the item ended in a landfill (D1, D5). */
	public boolean landfilled() {
		return outflow == Outflow.LANDFILL;
	}

	/**
	 * Whether the item ended at the hub at all: what went back to its shipper did not.
	 */
	public boolean endedAtHub() {
		return disposition != Disposition.RETURN_TO_SHIPPER;
	}

}
