package io.homeward.platform.network;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.homeward.platform.network.ProgramMembership.MembershipStatus;
import io.homeward.platform.shared.AssignedId;
import org.jspecify.annotations.Nullable;

/**
 * A shipper's membership as {@link ProgramMemberships} writes it. Reads do not use it:
 * they go through {@link NetworkQueries}.
 */
@Entity
@Table(name = "program_membership")
class MembershipEntity extends AssignedId<UUID> {

	@Id
	private UUID id;

	@Column(name = "shipper_id", nullable = false, updatable = false)
	private UUID shipperId;

	@Column(name = "operator_id", nullable = false, updatable = false)
	private UUID operatorId;

	@Column(name = "program_id", nullable = false, updatable = false)
	private UUID programId;

	@Enumerated(EnumType.STRING)
	private MembershipStatus status;

	@Column(name = "joined_at")
	private OffsetDateTime joinedAt;

	@Column(name = "left_at")
	private @Nullable OffsetDateTime leftAt;

	@Version
	private int version;

	protected MembershipEntity() {
	}

	MembershipEntity(UUID shipperId, UUID operatorId, UUID programId, OffsetDateTime now) {
		this.id = UUID.randomUUID();
		this.shipperId = shipperId;
		this.operatorId = operatorId;
		this.programId = programId;
		this.status = MembershipStatus.ACTIVE;
		this.joinedAt = now;
	}

	boolean active() {
		return status == MembershipStatus.ACTIVE;
	}

	void rejoin(OffsetDateTime now) {
		status = MembershipStatus.ACTIVE;
		joinedAt = now;
		leftAt = null;
	}

	void leave(OffsetDateTime now) {
		status = MembershipStatus.LEFT;
		leftAt = now;
	}

	ProgramMembership toMembership() {
		return new ProgramMembership(id, programId, shipperId, status, joinedAt, leftAt);
	}

	@Override
	public UUID getId() {
		return id;
	}

}
