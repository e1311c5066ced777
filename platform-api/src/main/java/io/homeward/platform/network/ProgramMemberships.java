package io.homeward.platform.network;

import io.homeward.platform.shared.UserError;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shippers join and leave operators' programs. Choosing the programs a shipper is in is
 * administration: only its members with the {@value Tenant#ADMIN_ROLE} role may do it.
 * Leaving keeps the membership (status LEFT), so returns that travelled under the program
 * keep their reference; joining again reactivates it.
 */
@Service
@Transactional
public class ProgramMemberships {

	private final MembershipRepository memberships;

	private final NetworkQueries network;

	ProgramMemberships(MembershipRepository memberships, NetworkQueries network) {
		this.memberships = memberships;
		this.network = network;
	}

	/**
	 * Joins an open program, or rejoins it after leaving. Joining again while a member
	 * changes nothing, so a retried request succeeds.
	 */
	public Outcome<ProgramMembership> join(ProgramJoin command) {
		Tenant tenant = TenantContext.require();
		Optional<Outcome<ProgramMembership>> refused = refusal(tenant, "join", "Joining");
		if (refused.isPresent()) {
			return refused.get();
		}
		Optional<Program> program = network.programsByIds(List.of(command.programId())).stream().findFirst();
		if (program.isEmpty()) {
			return Outcome.refused("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		if (program.get().status() != Program.ProgramStatus.OPEN) {
			return Outcome.refused("programId", NetworkErrorCode.PROGRAM_CLOSED, "The program takes no new members");
		}
		OffsetDateTime now = now();
		MembershipEntity membership = memberships.findByShipperIdAndProgramId(tenant.orgId(), command.programId())
			.orElse(null);
		if (membership == null) {
			membership = memberships
				.save(new MembershipEntity(tenant.orgId(), program.get().operatorId(), command.programId(), now));
		}
		else if (!membership.active()) {
			membership.rejoin(now);
		}
		return Outcome.done(membership.toMembership());
	}

	/**
	 * Leaves a program the shipper is an active member of; the membership stays, LEFT.
	 */
	public Outcome<ProgramMembership> leave(ProgramLeave command) {
		Tenant tenant = TenantContext.require();
		Optional<Outcome<ProgramMembership>> refused = refusal(tenant, "leave", "Leaving");
		if (refused.isPresent()) {
			return refused.get();
		}
		if (network.programsByIds(List.of(command.programId())).isEmpty()) {
			return Outcome.refused("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		Optional<MembershipEntity> membership = memberships
			.findByShipperIdAndProgramId(tenant.orgId(), command.programId())
			.filter(MembershipEntity::active);
		if (membership.isEmpty()) {
			return Outcome.refused("programId", NetworkErrorCode.NOT_A_MEMBER, "Not a member of this program");
		}
		membership.get().leave(now());
		return Outcome.done(membership.get().toMembership());
	}

	/**
	 * Only shippers are members, and only their administrators choose the programs. The
	 * refusal of another kind is on {@code programId}, where clients have always read it;
	 * the refusal for a missing role is the command's as a whole, like every other
	 * module's.
	 */
	private static Optional<Outcome<ProgramMembership>> refusal(Tenant tenant, String verb, String gerund) {
		return tenant
			.refusalToAdminister(OrganizationKind.SHIPPER, "programId", "Only shippers " + verb + " programs",
					gerund + " programs")
			.map((error) -> Outcome.refused(List.of(error)));
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
