package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/**
 * One packing (ADD) or unpacking (DELETE) as it happened: written once, never changed
 * (the application role may not update or delete these rows).
 */
@Entity
@Table(name = "aggregation_event")
class AggregationEventEntity extends AssignedId<UUID> {

	enum Action {

		ADD, DELETE

	}

	@Id
	private UUID id;

	@Column(name = "operator_id")
	private UUID operatorId;

	@Column(name = "occurred_at")
	private OffsetDateTime occurredAt;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Action action;

	@Column(name = "parent_unit_id")
	private @Nullable UUID parentUnitId;

	@Column(name = "parent_load_id")
	private @Nullable UUID parentLoadId;

	@Column(name = "child_unit_id")
	private @Nullable UUID childUnitId;

	@Column(name = "child_parcel_id")
	private @Nullable UUID childParcelId;

	@Column(name = "shipper_id")
	private @Nullable UUID shipperId;

	@Column(name = "carrier_id")
	private @Nullable UUID carrierId;

	@Column(name = "recorded_by")
	private String recordedBy;

	protected AggregationEventEntity() {
	}

	AggregationEventEntity(UUID operatorId, Action action, @Nullable UUID parentUnitId, @Nullable UUID parentLoadId,
			@Nullable UUID childUnitId, @Nullable UUID childParcelId, @Nullable UUID shipperId,
			@Nullable UUID carrierId, String recordedBy, OffsetDateTime occurredAt) {
		this.id = UUID.randomUUID();
		this.operatorId = operatorId;
		this.action = action;
		this.parentUnitId = parentUnitId;
		this.parentLoadId = parentLoadId;
		this.childUnitId = childUnitId;
		this.childParcelId = childParcelId;
		this.shipperId = shipperId;
		this.carrierId = carrierId;
		this.recordedBy = recordedBy;
		this.occurredAt = occurredAt;
	}

	@Override
	public UUID getId() {
		return id;
	}

}
