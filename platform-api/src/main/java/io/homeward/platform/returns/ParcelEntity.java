package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A package of a return, part of the {@link ReturnOrderEntity} aggregate: created with
 * it, never changed. Its return is the root's collection key ({@code return_id}).
 */
@Entity
@Table(name = "parcel")
class ParcelEntity {

	@Id
	private UUID id;

	// Copied from the root; the composite foreign key (shipper_id, operator_id,
	// return_id)
	// holds them equal to the return's.
	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(updatable = false)
	private String reference;

	@Column(name = "weight_kg", updatable = false)
	private BigDecimal weightKg;

	@Embedded
	private EmbeddedDimensions dimensions;

	protected ParcelEntity() {
	}

	ParcelEntity(UUID shipperId, UUID operatorId, ReturnDraft.Parcel parcel) {
		this.id = UUID.randomUUID();
		this.shipperId = shipperId;
		this.operatorId = operatorId;
		this.reference = parcel.reference();
		this.weightKg = parcel.weightKg();
		this.dimensions = EmbeddedDimensions.of(parcel.dimensions());
	}

	String reference() {
		return reference;
	}

}
