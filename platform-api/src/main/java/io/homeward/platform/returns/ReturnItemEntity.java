package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;

/**
 * One line of a return, part of the {@link ReturnOrderEntity} aggregate: created with it
 * from a validated draft, never changed. Codes are stored in their normal form.
 */
@Entity
@Table(name = "return_item")
class ReturnItemEntity {

	@Id
	private UUID id;

	// Copied from the root; the composite foreign key (shipper_id, operator_id,
	// return_id)
	// holds them equal to the return's.
	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	// Persisting an item persists its parcel first, so the parcel's row exists when the
	// item's foreign key is checked, whichever of the root's collections Hibernate
	// cascades to first.
	@ManyToOne(fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
	@JoinColumn(name = "parcel_id", updatable = false)
	private @Nullable ParcelEntity parcel;

	@Column(name = "line_number", updatable = false)
	private int lineNumber;

	@Column(updatable = false)
	private String sku;

	@Column(updatable = false)
	private String description;

	@Column(name = "hs_code", updatable = false)
	private String hsCode;

	@Column(name = "origin_country", updatable = false)
	private String originCountry;

	@Column(updatable = false)
	private int quantity;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "unit_value", updatable = false))
	@AttributeOverride(name = "currency", column = @Column(name = "currency", updatable = false))
	private EmbeddedMoney unitValue;

	@Column(name = "weight_kg", updatable = false)
	private BigDecimal weightKg;

	@Embedded
	private @Nullable EmbeddedDimensions dimensions;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_condition", updatable = false)
	private ItemCondition condition;

	@Column(name = "un_number", updatable = false)
	private @Nullable String unNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "goods_class", updatable = false)
	private ItemGoodsClass goodsClass;

	@Column(name = "waste_code", updatable = false)
	private @Nullable String wasteCode;

	@Column(name = "waste_hazardous", updatable = false)
	private boolean wasteHazardous;

	protected ReturnItemEntity() {
	}

	ReturnItemEntity(UUID shipperId, UUID operatorId, int lineNumber, ReturnDraft.Item item,
			@Nullable ParcelEntity parcel) {
		this.id = UUID.randomUUID();
		this.shipperId = shipperId;
		this.operatorId = operatorId;
		this.parcel = parcel;
		this.lineNumber = lineNumber;
		this.sku = item.sku();
		this.description = item.description();
		this.hsCode = item.hsCode().digits();
		this.originCountry = item.originCountry().value();
		this.quantity = item.quantity();
		this.unitValue = EmbeddedMoney.of(item.unitValue());
		this.weightKg = item.weightKg();
		Dimensions size = item.dimensions();
		this.dimensions = (size != null) ? EmbeddedDimensions.of(size) : null;
		this.condition = item.condition();
		this.unNumber = (item.unNumber() != null) ? item.unNumber().digits() : null;
		this.goodsClass = item.goodsClass();
		WasteCode waste = item.wasteCode();
		this.wasteCode = (waste != null) ? waste.code() : null;
		this.wasteHazardous = waste != null && waste.hazardous();
	}

}
