package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "program_pricing")
class ProgramPricingEntity implements Persistable<UUID> {

	@Id
	@Column(name = "program_id")
	private UUID programId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "expected_fill")
	private BigDecimal expectedFill;

	/**
	 * The program's id is the key, so Spring Data cannot tell a new row by it: persist,
	 * never merge.
	 */
	@Transient
	private boolean isNew = true;

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

	@Override
	public boolean isNew() {
		return isNew;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		isNew = false;
	}

	BigDecimal expectedFill() {
		return expectedFill;
	}

}
