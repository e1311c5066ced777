package io.homeward.platform.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;

/**
 * A program's pricing as its operator sets it, keyed like its table: operator first.
 */
@Entity
@Table(name = "program_pricing")
@IdClass(ProgramPricingEntity.Key.class)
class ProgramPricingEntity extends AssignedId<ProgramPricingEntity.Key> {

	@Id
	@Column(name = "operator_id", updatable = false)
	private UUID operatorId;

	@Id
	@Column(name = "program_id", updatable = false)
	private UUID programId;

	@Column(name = "expected_fill")
	private BigDecimal expectedFill;

	protected ProgramPricingEntity() {
	}

	ProgramPricingEntity(UUID operatorId, UUID programId, BigDecimal expectedFill) {
		this.operatorId = operatorId;
		this.programId = programId;
		this.expectedFill = expectedFill;
	}

	void expectFill(BigDecimal expectedFill) {
		this.expectedFill = expectedFill;
	}

	@Override
	public Key getId() {
		return new Key(operatorId, programId);
	}

	record Key(UUID operatorId, UUID programId) implements Serializable {

	}

}
