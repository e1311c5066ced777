package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "program_pricing")
class ProgramPricingEntity {

	@Id
	@Column(name = "program_id")
	private UUID programId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "expected_fill")
	private BigDecimal expectedFill;

	protected ProgramPricingEntity() {
	}

	BigDecimal expectedFill() {
		return expectedFill;
	}

}
