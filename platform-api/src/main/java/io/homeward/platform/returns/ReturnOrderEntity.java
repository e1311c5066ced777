package io.homeward.platform.returns;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.homeward.platform.shared.AssignedId;
import org.hibernate.annotations.SecondaryRow;
import org.jspecify.annotations.Nullable;

/**
 * The return aggregate: the root owns its items and parcels, which are created with it
 * and saved by saving it. One entity spans two tables: what the program's operator may
 * read in {@code return_order}, and the customer's street address and the free-text notes
 * in {@code return_private}, which only the shipper's policy admits. Only the shipper
 * ever loads this entity (reads go through {@link ReturnQueries}), so the private row is
 * always there for it. The customer's contact is not part of it: it is erasable on its
 * own ({@link ReturnContactEntity}).
 */
@Entity
@Table(name = "return_order")
@SecondaryTable(name = ReturnOrderEntity.PRIVATE,
		pkJoinColumns = @PrimaryKeyJoinColumn(name = "return_id", referencedColumnName = "id"))
// Written with the return, never without it: plain inserts and updates (an optional
// secondary row would be upserted with MERGE), and an inner join when loaded.
@SecondaryRow(table = ReturnOrderEntity.PRIVATE, optional = false)
class ReturnOrderEntity extends AssignedId<UUID> {

	static final String PRIVATE = "return_private";

	@Id
	private UUID id;

	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	// The private row names its tenant too: its policy compares it, and its key starts
	// with it.
	@Column(table = PRIVATE, name = "shipper_id", nullable = false, updatable = false)
	private UUID privateShipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "program_id", nullable = false, updatable = false)
	private UUID programId;

	@Column(name = "rma_number", updatable = false)
	private String rmaNumber;

	@Enumerated(EnumType.STRING)
	private ReturnStatus status;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private ReturnReason reason;

	@Column(table = PRIVATE, name = "reason_note", updatable = false)
	private @Nullable String reasonNote;

	@Column(table = PRIVATE, name = "status_note")
	private @Nullable String statusNote;

	// City and country stay with the return, for the operator to plan by; the street goes
	// to the private row.
	@Embedded
	private EmbeddedPlace origin;

	@Embedded
	@AttributeOverride(name = "line1", column = @Column(table = PRIVATE, name = "origin_line1", updatable = false))
	@AttributeOverride(name = "line2", column = @Column(table = PRIVATE, name = "origin_line2", updatable = false))
	@AttributeOverride(name = "postalCode",
			column = @Column(table = PRIVATE, name = "origin_postal_code", updatable = false))
	@AttributeOverride(name = "region", column = @Column(table = PRIVATE, name = "origin_region", updatable = false))
	private EmbeddedStreet street;

	@Column(name = "export_reference", updatable = false)
	private @Nullable String exportReference;

	@Column(name = "exported_on", updatable = false)
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

	// The children's key column is written with their insert and never changed: no
	// update statements after the inserts, and the application role may not update
	// items or parcels at all.
	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "return_id", nullable = false, updatable = false)
	@OrderBy("reference")
	private List<ParcelEntity> parcels = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "return_id", nullable = false, updatable = false)
	@OrderBy("lineNumber")
	private List<ReturnItemEntity> items = new ArrayList<>();

	protected ReturnOrderEntity() {
	}

	/**
	 * A new return, in status REQUESTED, with the draft's parcels and items (numbered
	 * from 1 in the draft's order).
	 */
	ReturnOrderEntity(UUID shipperId, UUID operatorId, ReturnDraft draft, String trackingCode, String createdBy,
			OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.shipperId = shipperId;
		this.privateShipperId = shipperId;
		this.operatorId = operatorId;
		this.programId = draft.programId();
		this.rmaNumber = draft.rmaNumber();
		this.status = ReturnStatus.REQUESTED;
		this.reason = draft.reason();
		this.reasonNote = draft.reasonNote();
		ReturnDraft.Origin origin = draft.origin();
		this.origin = new EmbeddedPlace(origin.city(), origin.country().value());
		this.street = new EmbeddedStreet(origin.line1(), origin.line2(), origin.postalCode(), origin.region());
		OriginalExport export = draft.originalExport();
		this.exportReference = (export != null) ? export.reference() : null;
		this.exportedOn = (export != null) ? export.exportedOn() : null;
		this.trackingCode = trackingCode;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		Map<String, ParcelEntity> byReference = new HashMap<>();
		for (ReturnDraft.Parcel parcel : draft.parcels()) {
			ParcelEntity entity = new ParcelEntity(shipperId, operatorId, parcel);
			byReference.put(entity.reference(), entity);
			this.parcels.add(entity);
		}
		for (ReturnDraft.Item item : draft.items()) {
			ParcelEntity parcel = (item.parcelReference() != null) ? byReference.get(item.parcelReference()) : null;
			this.items.add(new ReturnItemEntity(shipperId, operatorId, this.items.size() + 1, item, parcel));
		}
	}

	UUID id() {
		return id;
	}

	UUID shipperId() {
		return shipperId;
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

	/** The return as its shipper sees it, private data included. */
	ReturnOrder toReturnOrder() {
		return new ReturnOrder(id, shipperId, operatorId, programId, rmaNumber, status, reason, reasonNote, statusNote,
				origin.city(), origin.country(),
				new Address(street.line1(), street.line2(), origin.city(), street.postalCode(), street.region(),
						origin.country()),
				(exportReference != null && exportedOn != null) ? new OriginalExport(exportReference, exportedOn)
						: null,
				trackingCode, createdAt, updatedAt);
	}

	@Override
	public UUID getId() {
		return id;
	}

}
