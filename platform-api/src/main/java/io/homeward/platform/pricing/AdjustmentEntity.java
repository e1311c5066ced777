package io.homeward.platform.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A shipper's negotiated adjustment within a program; only it and the operator can read
 * it.
 */
@Entity
@Table(name = "negotiated_adjustment")
@IdClass(AdjustmentEntity.Key.class)
class AdjustmentEntity {

	@Id
	@Column(name = "program_id")
	private UUID programId;

	@Id
	@Column(name = "shipper_id")
	private UUID shipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	private BigDecimal percent;

	protected AdjustmentEntity() {
	}

	record Key(UUID programId, UUID shipperId) implements Serializable {

	}

}
