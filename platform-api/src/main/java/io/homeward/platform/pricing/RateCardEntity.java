package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/**
 * A published version of a lane's card, the root of its weight breaks: it is written
 * once, with its breaks, and afterwards only ended when a later version supersedes it.
 */
@Entity
@Table(name = "rate_card")
class RateCardEntity extends AssignedId<UUID> {

	@Id
	private UUID id;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "lane_id", nullable = false, updatable = false)
	private UUID laneId;

	@Column(updatable = false)
	private int version;

	@Column(updatable = false)
	private String currency;

	@Column(name = "valid_from", updatable = false)
	private OffsetDateTime validFrom;

	/**
	 * The only column that changes after publishing: a newer card supersedes an
	 * open-ended one.
	 */
	@Column(name = "valid_to")
	private @Nullable OffsetDateTime validTo;

	@Column(name = "minimum_charge", updatable = false)
	private BigDecimal minimumCharge;

	@Column(name = "fuel_surcharge_percent", updatable = false)
	private BigDecimal fuelSurchargePercent;

	@Column(name = "dangerous_goods_fee", updatable = false)
	private BigDecimal dangerousGoodsFee;

	@Column(name = "pickup_fee", updatable = false)
	private BigDecimal pickupFee;

	@Column(name = "customs_clearance_fee", updatable = false)
	private BigDecimal customsClearanceFee;

	@Column(name = "load_capacity_kg", updatable = false)
	private BigDecimal loadCapacityKg;

	@Column(name = "published_at", updatable = false)
	private OffsetDateTime publishedAt;

	@Column(name = "published_by", updatable = false)
	private String publishedBy;

	/** Written with the card; never read through the entity, so left unloaded. */
	@OneToMany(mappedBy = "rateCard", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	@OrderBy("fromKg")
	private List<RateCardBreakEntity> breaks = new ArrayList<>();

	protected RateCardEntity() {
	}

	RateCardEntity(UUID operatorId, UUID laneId, int version, Tariff tariff, OffsetDateTime validFrom,
			@Nullable OffsetDateTime validTo, OffsetDateTime publishedAt, String publishedBy) {
		this.id = UUID.randomUUID();
		this.operatorId = operatorId;
		this.laneId = laneId;
		this.version = version;
		this.currency = tariff.currency();
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.minimumCharge = tariff.minimumCharge();
		this.fuelSurchargePercent = tariff.fuelSurchargePercent();
		this.dangerousGoodsFee = tariff.accessorials().dangerousGoods();
		this.pickupFee = tariff.accessorials().pickup();
		this.customsClearanceFee = tariff.accessorials().customsClearance();
		this.loadCapacityKg = tariff.loadCapacityKg();
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		for (WeightBreak weightBreak : tariff.breaks()) {
			breaks.add(new RateCardBreakEntity(this, weightBreak));
		}
	}

	UUID operatorId() {
		return operatorId;
	}

	void endAt(OffsetDateTime end) {
		this.validTo = end;
	}

	/** The card as published, from the values it was built from. */
	RateCard toRateCard() {
		Tariff tariff = new Tariff(currency, breaks.stream().map(RateCardBreakEntity::toBreak).toList(), minimumCharge,
				fuelSurchargePercent, new Accessorials(dangerousGoodsFee, pickupFee, customsClearanceFee),
				loadCapacityKg);
		return new RateCard(id, laneId, version, validFrom, validTo, tariff, publishedAt);
	}

	@Override
	public UUID getId() {
		return id;
	}

}
