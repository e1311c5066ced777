package io.homeward.platform.network;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shippers join and leave operators' programs. Choosing the programs a shipper is in is
 * administration: only its members with the {@value Tenant#ADMIN_ROLE} role may do it.
 * Leaving keeps the membership (status LEFT), so returns that travelled under the program
 * keep their reference; joining again reactivates it.
 */
@Service
@Transactional
public class ProgramMemberships {

	/** The unique key of a shipper's membership of a program (network V1). */
	static final String MEMBERSHIP_KEY = "program_membership_shipper_id_program_id_key";

	private final MembershipRepository memberships;

	private final NetworkQueries network;

	private final TransactionTemplate writes;

	ProgramMemberships(MembershipRepository memberships, NetworkQueries network,
			PlatformTransactionManager transactions) {
		this.memberships = memberships;
		this.network = network;
		this.writes = new TransactionTemplate(transactions);
	}

	/**
	 * Joins an open program, or rejoins it after leaving. Joining again while a member
	 * changes nothing, so a retried request succeeds, and so does one that races another
	 * join of the same shipper: both answer the one membership.
	 * <p>
	 * The lookup cannot see a membership a concurrent transaction is inserting; this
	 * insert then waits on the unique key and is refused once that one commits. The
	 * membership the shipper asked for exists by then, so the join runs once more (see
	 * {@link #once}), finds it and answers it as any join of a member does. The
	 * membership is never deleted, so the second run cannot lose that race again.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Outcome<ProgramMembership> join(ProgramJoin command) {
		return once(() -> joined(command));
	}

	/**
	 * Leaves a program the shipper is an active member of; the membership stays, LEFT.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Outcome<ProgramMembership> leave(ProgramLeave command) {
		return once(() -> left(command));
	}

	/**
	 * Runs one join or leave in a transaction of its own, flushed before it ends, and
	 * once more should it lose a race for the membership: its unique key (a join
	 * inserting beside another) or its version (a join or leave changing it beside
	 * another). The lost attempt is rolled back whole, and the second one reads the
	 * membership as the winner left it, so it does what the request asks of that state: a
	 * leave after a leave is NOT_A_MEMBER, a join after a join changes nothing, a leave
	 * after a join leaves. Should the second attempt lose too (many at once), the answer
	 * is CONFLICT, with nothing changed, to retry.
	 * <p>
	 * Within a caller's transaction it joins that one and runs once: a lost race has
	 * doomed the caller's transaction, so the failure is the caller's to handle.
	 */
	private Outcome<ProgramMembership> once(Supplier<Outcome<ProgramMembership>> change) {
		int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : 2;
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(writes.execute((status) -> change.get()));
			}
			catch (DataAccessException ex) {
				boolean lostRace = (ex instanceof OptimisticLockingFailureException)
						|| UniqueKeys.violated(ex, MEMBERSHIP_KEY);
				if (!lostRace || attempts == 1) {
					throw ex;
				}
				if (attempt == attempts) {
					return Outcome.refused("programId", CommonErrorCode.CONFLICT,
							"The membership was changed by a concurrent request; retry");
				}
			}
		}
	}

	private Outcome<ProgramMembership> joined(ProgramJoin command) {
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
			membership = memberships.saveAndFlush(
					new MembershipEntity(tenant.orgId(), program.get().operatorId(), command.programId(), now));
		}
		else if (!membership.active()) {
			membership.rejoin(now);
			memberships.flush();
		}
		return Outcome.done(membership.toMembership());
	}

	private Outcome<ProgramMembership> left(ProgramLeave command) {
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
		// Flushed here, so that a version lost to a concurrent change fails inside the
		// attempt rather than at its commit.
		memberships.flush();
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
