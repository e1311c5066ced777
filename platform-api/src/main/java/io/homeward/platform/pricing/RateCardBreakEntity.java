package io.homeward.platform.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One weight break of a card, keyed like its table: operator first. */
@Entity
@Table(name = "rate_card_break")
@IdClass(RateCardBreakEntity.Key.class)
class RateCardBreakEntity {

	@Id
	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Id
	@ManyToOne
	@JoinColumn(name = "rate_card_id")
	private RateCardEntity rateCard;

	@Id
	@Column(name = "from_kg")
	private BigDecimal fromKg;

	@Column(name = "price_per_kg", updatable = false)
	private BigDecimal pricePerKg;

	protected RateCardBreakEntity() {
	}

	RateCardBreakEntity(RateCardEntity rateCard, WeightBreak weightBreak) {
		this.rateCard = rateCard;
		this.operatorId = rateCard.operatorId();
		this.fromKg = weightBreak.fromKg();
		this.pricePerKg = weightBreak.pricePerKg();
	}

	WeightBreak toBreak() {
		return new WeightBreak(fromKg, pricePerKg);
	}

	record Key(UUID operatorId, UUID rateCard, BigDecimal fromKg) implements Serializable {

	}

}
