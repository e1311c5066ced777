package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;

@Entity
@Table(name = "program_pricing")
class ProgramPricingEntity extends AssignedId {

	@Id
	@Column(name = "program_id")
	private UUID programId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "expected_fill")
	private BigDecimal expectedFill;

	protected ProgramPricingEntity() {
	}

	ProgramPricingEntity(UUID programId, UUID operatorId, BigDecimal expectedFill) {
		this.programId = programId;
		this.operatorId = operatorId;
		this.expectedFill = expectedFill;
	}

	void expectFill(BigDecimal expectedFill) {
		this.expectedFill = expectedFill;
	}

	@Override
	public UUID getId() {
		return programId;
	}

	BigDecimal expectedFill() {
		return expectedFill;
	}

}
