package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/** One line of a load's receipt, written once with the receipt. */
@Entity
@Table(name = "receipt_line")
class ReceiptLineEntity extends AssignedId<UUID> {

	@Id
	private UUID id;

	@Column(name = "operator_id")
	private UUID operatorId;

	@Column(name = "load_id")
	private UUID loadId;

	@Column(name = "parcel_id")
	private @Nullable UUID parcelId;

	@Column(name = "shipper_id")
	private @Nullable UUID shipperId;

	@Enumerated(EnumType.STRING)
	private ReceiptOutcome outcome;

	private @Nullable String reference;

	private @Nullable String note;

	@Column(name = "photo_refs")
	private @Nullable String photoRefs;

	@Column(name = "recorded_by")
	private String recordedBy;

	@Column(name = "recorded_at")
	private OffsetDateTime recordedAt;

	protected ReceiptLineEntity() {
	}

	ReceiptLineEntity(UUID operatorId, UUID loadId, @Nullable UUID parcelId, @Nullable UUID shipperId,
			ReceiptOutcome outcome, @Nullable String reference, @Nullable String note, @Nullable String photoRefs,
			String recordedBy, OffsetDateTime recordedAt) {
		this.id = UUID.randomUUID();
		this.operatorId = operatorId;
		this.loadId = loadId;
		this.parcelId = parcelId;
		this.shipperId = shipperId;
		this.outcome = outcome;
		this.reference = reference;
		this.note = note;
		this.photoRefs = photoRefs;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	@Override
	public UUID getId() {
		return id;
	}

}
