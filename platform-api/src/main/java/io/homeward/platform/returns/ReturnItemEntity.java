package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.UnNumber;
import io.homeward.platform.shared.WasteCode;
import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.shared.Money;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "return_item")
class ReturnItemEntity extends AssignedId {

	@Id
	private UUID id;

	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "return_id", nullable = false, updatable = false)
	private UUID returnId;

	@Column(name = "parcel_id")
	private @Nullable UUID parcelId;

	@Column(name = "line_number")
	private int lineNumber;

	private String sku;

	private String description;

	@Column(name = "hs_code")
	private String hsCode;

	@Column(name = "origin_country")
	private String originCountry;

	private int quantity;

	@Column(name = "unit_value")
	private BigDecimal unitValue;

	private String currency;

	@Column(name = "weight_kg")
	private BigDecimal weightKg;

	@Column(name = "length_cm")
	private @Nullable BigDecimal lengthCm;

	@Column(name = "width_cm")
	private @Nullable BigDecimal widthCm;

	@Column(name = "height_cm")
	private @Nullable BigDecimal heightCm;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_condition")
	private ItemCondition condition;

	@Column(name = "un_number")
	private @Nullable String unNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "goods_class")
	private ItemGoodsClass goodsClass;

	@Column(name = "waste_code")
	private @Nullable String wasteCode;

	@Column(name = "waste_hazardous")
	private boolean wasteHazardous;

	protected ReturnItemEntity() {
	}

	/** From an input that passed {@link ReturnRules}: codes are normalized here. */
	ReturnItemEntity(ReturnOrderEntity order, int lineNumber, ReturnCreateInput.ItemInput input,
			@Nullable UUID parcelId) {
		this.id = UUID.randomUUID();
		this.shipperId = order.shipperId();
		this.operatorId = order.operatorId();
		this.returnId = order.id();
		this.parcelId = parcelId;
		this.lineNumber = lineNumber;
		this.sku = input.sku();
		this.description = input.description();
		this.hsCode = HsCode.parse(input.hsCode()).orElseThrow().digits();
		this.originCountry = CountryCode.parse(input.originCountry()).orElseThrow().value();
		this.quantity = input.quantity();
		this.unitValue = input.unitValue();
		this.currency = Money.currency(input.currency()).orElseThrow().getCurrencyCode();
		this.weightKg = input.weightKg();
		if (input.dimensions() != null) {
			this.lengthCm = input.dimensions().lengthCm();
			this.widthCm = input.dimensions().widthCm();
			this.heightCm = input.dimensions().heightCm();
		}
		this.condition = input.condition();
		this.unNumber = (input.unNumber() != null) ? UnNumber.parse(input.unNumber()).orElseThrow().digits() : null;
		this.goodsClass = input.goodsClassOrDefault();
		WasteCode waste = (goodsClass == ItemGoodsClass.WASTE) ? WasteCode.parse(input.wasteCode()).orElseThrow()
				: null;
		this.wasteCode = (waste != null) ? waste.code() : null;
		this.wasteHazardous = waste != null && waste.hazardous();
	}

	UUID returnId() {
		return returnId;
	}

	ReturnItem toItem(@Nullable String parcelReference) {
		Dimensions dimensions = (lengthCm != null && widthCm != null && heightCm != null)
				? new Dimensions(lengthCm, widthCm, heightCm) : null;
		String waste = (wasteCode != null) ? new WasteCode(wasteCode, wasteHazardous).display() : null;
		return new ReturnItem(id, returnId, lineNumber, sku, description, hsCode, originCountry, quantity,
				new Money(unitValue, Currency.getInstance(currency)), weightKg, dimensions, condition, unNumber,
				goodsClass, waste, parcelReference);
	}

	@Override
	public UUID getId() {
		return id;
	}

}
