package io.homeward.platform.network;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A shipper's membership of a program. */
public record ProgramMembership(UUID uuid, UUID programId, UUID shipperId, MembershipStatus status,
		OffsetDateTime joinedAt, @Nullable OffsetDateTime leftAt) {

	public static final String TYPE = "ProgramMembership";

	public enum MembershipStatus {

		ACTIVE, LEFT

	}

}
