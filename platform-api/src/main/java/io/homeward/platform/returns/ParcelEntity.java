package io.homeward.platform.returns;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;
import io.homeward.platform.shared.Dimensions;

@Entity
@Table(name = "parcel")
class ParcelEntity extends AssignedId {

	@Id
	private UUID id;

	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "return_id", nullable = false, updatable = false)
	private UUID returnId;

	private String reference;

	@Column(name = "weight_kg")
	private BigDecimal weightKg;

	@Column(name = "length_cm")
	private BigDecimal lengthCm;

	@Column(name = "width_cm")
	private BigDecimal widthCm;

	@Column(name = "height_cm")
	private BigDecimal heightCm;

	protected ParcelEntity() {
	}

	ParcelEntity(ReturnOrderEntity order, ReturnCreateInput.ParcelInput input) {
		this.id = UUID.randomUUID();
		this.shipperId = order.shipperId();
		this.operatorId = order.operatorId();
		this.returnId = order.id();
		this.reference = input.reference();
		this.weightKg = input.weightKg();
		this.lengthCm = input.dimensions().lengthCm();
		this.widthCm = input.dimensions().widthCm();
		this.heightCm = input.dimensions().heightCm();
	}

	UUID id() {
		return id;
	}

	UUID returnId() {
		return returnId;
	}

	String reference() {
		return reference;
	}

	Parcel toParcel() {
		return new Parcel(id, returnId, reference, weightKg, new Dimensions(lengthCm, widthCm, heightCm));
	}

	@Override
	public UUID getId() {
		return id;
	}

}
