package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/**
 * A handling unit and where it is now. Its history is not kept here but in the
 * aggregation events recorded with every move.
 */
@Entity
@Table(name = "handling_unit")
class HandlingUnitEntity extends AssignedId<UUID> {

	@Id
	private UUID id;

	@Column(name = "operator_id", updatable = false)
	private UUID operatorId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private UnitKind kind;

	@Column(updatable = false)
	private String sscc;

	@Column(name = "digital_link", updatable = false)
	private String digitalLink;

	@Column(name = "hub_id", updatable = false)
	private UUID hubId;

	@Column(name = "program_id", updatable = false)
	private UUID programId;

	@Enumerated(EnumType.STRING)
	private UnitStatus status;

	@Column(name = "seal_number")
	private @Nullable String sealNumber;

	@Column(name = "parent_unit_id")
	private @Nullable UUID parentUnitId;

	// Set for the whole subtree when the outermost unit moves (see UnitCommands), so
	// they are not mapped for writing here.
	@Column(name = "load_id", insertable = false, updatable = false)
	private @Nullable UUID loadId;

	@Column(name = "carrier_id", insertable = false, updatable = false)
	private @Nullable UUID carrierId;

	@Column(name = "reopen_reason")
	private @Nullable String reopenReason;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "created_at", updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	protected HandlingUnitEntity() {
	}

	HandlingUnitEntity(UUID operatorId, UnitCreate command, Sscc sscc, String digitalLink, String createdBy,
			OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.operatorId = operatorId;
		this.kind = command.kind();
		this.sscc = sscc.value();
		this.digitalLink = digitalLink;
		this.hubId = command.hubId();
		this.programId = command.programId();
		this.status = UnitStatus.OPEN;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	UnitKind kind() {
		return kind;
	}

	UnitStatus status() {
		return status;
	}

	UUID hubId() {
		return hubId;
	}

	UUID programId() {
		return programId;
	}

	@Nullable UUID parentUnitId() {
		return parentUnitId;
	}

	@Nullable UUID loadId() {
		return loadId;
	}

	void packInto(@Nullable UUID parentUnitId, OffsetDateTime now) {
		this.parentUnitId = parentUnitId;
		this.updatedAt = now;
	}

	void close(String sealNumber, OffsetDateTime now) {
		this.status = UnitStatus.CLOSED;
		this.sealNumber = sealNumber;
		this.updatedAt = now;
	}

	/** Breaks the seal for a reason the operator gives, kept with the unit. */
	void reopen(String reason, OffsetDateTime now) {
		this.status = UnitStatus.OPEN;
		this.sealNumber = null;
		this.reopenReason = reason;
		this.updatedAt = now;
	}

	@Override
	public UUID getId() {
		return id;
	}

}
