package io.homeward.platform.returns;

import java.time.LocalDate;
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

@Entity
@Table(name = "return_order")
class ReturnOrderEntity extends AssignedId {

	@Id
	private UUID id;

	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "program_id", nullable = false, updatable = false)
	private UUID programId;

	@Column(name = "rma_number", updatable = false)
	private String rmaNumber;

	@Enumerated(EnumType.STRING)
	private ReturnStatus status;

	@Enumerated(EnumType.STRING)
	private ReturnReason reason;

	@Column(name = "reason_note")
	private @Nullable String reasonNote;

	@Column(name = "status_note")
	private @Nullable String statusNote;

	@Column(name = "origin_line1")
	private String originLine1;

	@Column(name = "origin_line2")
	private @Nullable String originLine2;

	@Column(name = "origin_city")
	private String originCity;

	@Column(name = "origin_postal_code")
	private @Nullable String originPostalCode;

	@Column(name = "origin_region")
	private @Nullable String originRegion;

	@Column(name = "origin_country")
	private String originCountry;

	@Column(name = "export_reference")
	private @Nullable String exportReference;

	@Column(name = "exported_on")
	private @Nullable LocalDate exportedOn;

	@Column(name = "tracking_code", updatable = false)
	private String trackingCode;

	@Column(name = "created_by", updatable = false)
	private String createdBy;

	@Column(name = "created_at", updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at")
	private OffsetDateTime updatedAt;

	@Version
	private int version;

	protected ReturnOrderEntity() {
	}

	ReturnOrderEntity(UUID shipperId, UUID operatorId, UUID programId, String rmaNumber, ReturnReason reason,
			@Nullable String reasonNote, Address origin, @Nullable OriginalExport export, String trackingCode,
			String createdBy, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.shipperId = shipperId;
		this.operatorId = operatorId;
		this.programId = programId;
		this.rmaNumber = rmaNumber;
		this.status = ReturnStatus.REQUESTED;
		this.reason = reason;
		this.reasonNote = reasonNote;
		this.originLine1 = origin.line1();
		this.originLine2 = origin.line2();
		this.originCity = origin.city();
		this.originPostalCode = origin.postalCode();
		this.originRegion = origin.region();
		this.originCountry = origin.countryCode();
		this.exportReference = (export != null) ? export.reference() : null;
		this.exportedOn = (export != null) ? export.exportedOn() : null;
		this.trackingCode = trackingCode;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	UUID id() {
		return id;
	}

	UUID shipperId() {
		return shipperId;
	}

	UUID operatorId() {
		return operatorId;
	}

	ReturnStatus status() {
		return status;
	}

	/**
	 * Moves to {@code target} if the state machine allows it; the caller has checked it
	 * may act.
	 */
	void moveTo(ReturnStatus target, @Nullable String note, OffsetDateTime now) {
		if (!status.canMoveTo(target)) {
			throw new IllegalStateException("A return cannot move from " + status + " to " + target);
		}
		status = target;
		if (note != null) {
			statusNote = note;
		}
		updatedAt = now;
	}

	ReturnOrder toReturnOrder() {
		return new ReturnOrder(id, shipperId, operatorId, programId, rmaNumber, status, reason, reasonNote, statusNote,
				new Address(originLine1, originLine2, originCity, originPostalCode, originRegion, originCountry),
				(exportReference != null && exportedOn != null) ? new OriginalExport(exportReference, exportedOn)
						: null,
				trackingCode, createdAt, updatedAt);
	}

	@Override
	public UUID getId() {
		return id;
	}

}
