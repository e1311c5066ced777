package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.homeward.platform.network.Lane;
import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/**
 * The load aggregate: its status moves only forward, one step at a time, and every change
 * bumps the version, so of several changes made from one version only the first commits.
 */
@Entity
@Table(name = "load")
class LoadEntity extends AssignedId<UUID> {

	@Id
	private UUID id;

	@Column(name = "operator_id", updatable = false)
	private UUID operatorId;

	@Column(updatable = false)
	private String reference;

	@Column(name = "program_id", updatable = false)
	private UUID programId;

	@Column(name = "lane_id", updatable = false)
	private UUID laneId;

	@Column(name = "carrier_id", updatable = false)
	private UUID carrierId;

	@Column(name = "origin_hub_id", updatable = false)
	private UUID originHubId;

	@Column(name = "destination_hub_id", updatable = false)
	private UUID destinationHubId;

	@Enumerated(EnumType.STRING)
	private LoadStatus status;

	@Column(name = "cutoff_at", updatable = false)
	private OffsetDateTime cutoffAt;

	@Column(name = "departure_at", updatable = false)
	private OffsetDateTime departureAt;

	@Column(name = "capacity_kg", updatable = false)
	private BigDecimal capacityKg;

	@Column(name = "capacity_m3", updatable = false)
	private BigDecimal capacityM3;

	@Column(name = "seal_number")
	private @Nullable String sealNumber;

	@Column(name = "arrival_seal")
	private @Nullable String arrivalSeal;

	@Enumerated(EnumType.STRING)
	@Column(name = "seal_exception")
	private @Nullable SealException sealException;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "created_at", updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Column(name = "dispatched_at")
	private @Nullable OffsetDateTime dispatchedAt;

	@Column(name = "received_at")
	private @Nullable OffsetDateTime receivedAt;

	@Version
	private int version;

	protected LoadEntity() {
	}

	LoadEntity(LoadCreate command, Lane lane, String createdBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.operatorId = lane.operatorId();
		this.reference = command.reference();
		this.programId = command.programId();
		this.laneId = lane.uuid();
		this.carrierId = lane.carrierId();
		this.originHubId = lane.originHubId();
		this.destinationHubId = lane.destinationHubId();
		this.status = LoadStatus.PLANNING;
		this.cutoffAt = command.cutoffAt();
		this.departureAt = command.departureAt();
		this.capacityKg = command.capacityKg();
		this.capacityM3 = command.capacityM3();
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	LoadStatus status() {
		return status;
	}

	int version() {
		return version;
	}

	UUID operatorId() {
		return operatorId;
	}

	UUID programId() {
		return programId;
	}

	UUID laneId() {
		return laneId;
	}

	UUID carrierId() {
		return carrierId;
	}

	UUID originHubId() {
		return originHubId;
	}

	OffsetDateTime cutoffAt() {
		return cutoffAt;
	}

	BigDecimal capacityKg() {
		return capacityKg;
	}

	BigDecimal capacityM3() {
		return capacityM3;
	}

	/** Moves one step on; the caller has checked who may and from which version. */
	void moveTo(LoadStatus target, OffsetDateTime now) {
		if (!status.canMoveTo(target)) {
			throw new IllegalStateException("A load cannot move from " + status + " to " + target);
		}
		status = target;
		updatedAt = now;
		if (target == LoadStatus.DISPATCHED) {
			dispatchedAt = now;
		}
		if (target == LoadStatus.RECEIVED) {
			receivedAt = now;
		}
	}

	void seal(String sealNumber) {
		this.sealNumber = sealNumber;
	}

	/**
	 * Records the seal found on arrival: a broken seal, or one that is not the seal the
	 * load was closed with, is an exception kept on the load.
	 */
	void arrivedWithSeal(@Nullable String seal, boolean broken) {
		this.arrivalSeal = seal;
		if (broken) {
			sealException = SealException.SEAL_BROKEN;
		}
		else if (seal == null || !seal.equals(sealNumber)) {
			sealException = SealException.SEAL_MISMATCH;
		}
	}

	@Override
	public UUID getId() {
		return id;
	}

}
