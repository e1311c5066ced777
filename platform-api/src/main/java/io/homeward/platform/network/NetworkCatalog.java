package io.homeward.platform.network;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.ErrorCode;
import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's API: reads of hubs, lanes and programs, batched by id for GraphQL,
 * and the shipper's memberships. Every read runs under the caller's tenant.
 */
@Service
@Transactional(readOnly = true)
public class NetworkCatalog {

	private final HubRepository hubs;

	private final LaneRepository lanes;

	private final ProgramRepository programs;

	private final ProgramLaneRepository programLanes;

	private final MembershipRepository memberships;

	NetworkCatalog(HubRepository hubs, LaneRepository lanes, ProgramRepository programs,
			ProgramLaneRepository programLanes, MembershipRepository memberships) {
		this.hubs = hubs;
		this.lanes = lanes;
		this.programs = programs;
		this.programLanes = programLanes;
		this.memberships = memberships;
	}

	/** A page of hubs in id order. */
	public Window<Hub> hubs(PageRequest page) {
		List<HubEntity> rows = page.fromStart() ? hubs.findAllByOrderByIdAsc(Limit.of(page.fetchSize()))
				: hubs.findByIdGreaterThanOrderByIdAsc(afterId(page), Limit.of(page.fetchSize()));
		return page.window(rows.stream().map(HubEntity::toHub).toList(), (hub) -> Map.of("id", hub.uuid()));
	}

	public long hubCount() {
		return hubs.count();
	}

	/** A page of lanes in id order. */
	public Window<Lane> lanes(PageRequest page) {
		List<LaneEntity> rows = page.fromStart() ? lanes.findAllByOrderByIdAsc(Limit.of(page.fetchSize()))
				: lanes.findByIdGreaterThanOrderByIdAsc(afterId(page), Limit.of(page.fetchSize()));
		return page.window(rows.stream().map(LaneEntity::toLane).toList(), (lane) -> Map.of("id", lane.uuid()));
	}

	public long laneCount() {
		return lanes.count();
	}

	/** A page of programs in id order. */
	public Window<Program> programs(PageRequest page) {
		List<ProgramEntity> rows = page.fromStart() ? programs.findAllByOrderByIdAsc(Limit.of(page.fetchSize()))
				: programs.findByIdGreaterThanOrderByIdAsc(afterId(page), Limit.of(page.fetchSize()));
		return page.window(rows.stream().map(ProgramEntity::toProgram).toList(),
				(program) -> Map.of("id", program.uuid()));
	}

	public long programCount() {
		return programs.count();
	}

	private static UUID afterId(PageRequest page) {
		try {
			return UUID.fromString(String.valueOf(page.after().get("id")));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after", "after is not a cursor from this connection");
		}
	}

	public Optional<Hub> hub(UUID id) {
		return hubs.findById(id).map(HubEntity::toHub);
	}

	public Optional<Lane> lane(UUID id) {
		return lanes.findById(id).map(LaneEntity::toLane);
	}

	public Optional<Program> program(UUID id) {
		return programs.findById(id).map(ProgramEntity::toProgram);
	}

	public Map<UUID, Hub> hubsByIds(Collection<UUID> ids) {
		return hubs.findAllById(ids)
			.stream()
			.map(HubEntity::toHub)
			.collect(Collectors.toMap(Hub::uuid, Function.identity()));
	}

	public Map<UUID, Lane> lanesByIds(Collection<UUID> ids) {
		return lanes.findAllById(ids)
			.stream()
			.map(LaneEntity::toLane)
			.collect(Collectors.toMap(Lane::uuid, Function.identity()));
	}

	public Map<UUID, Program> programsByIds(Collection<UUID> ids) {
		return programs.findAllById(ids)
			.stream()
			.map(ProgramEntity::toProgram)
			.collect(Collectors.toMap(Program::uuid, Function.identity()));
	}

	/**
	 * Every lane between two hubs, in any mode: pooled candidates and the courier
	 * baseline.
	 */
	public List<Lane> lanesBetween(UUID originHubId, UUID destinationHubId) {
		return lanes.findByOriginHubIdAndDestinationHubIdOrderByCodeAsc(originHubId, destinationHubId)
			.stream()
			.map(LaneEntity::toLane)
			.toList();
	}

	/** The lanes of each program, in two queries whatever the number of programs. */
	public Map<UUID, List<Lane>> lanesOfPrograms(Collection<UUID> programIds) {
		List<ProgramLaneEntity> links = programLanes.findByProgramIdIn(programIds);
		Map<UUID, Lane> byId = lanes.findAllById(links.stream().map(ProgramLaneEntity::laneId).distinct().toList())
			.stream()
			.map(LaneEntity::toLane)
			.collect(Collectors.toMap(Lane::uuid, Function.identity()));
		Map<UUID, List<Lane>> result = new LinkedHashMap<>();
		for (UUID programId : programIds) {
			result.put(programId,
					links.stream()
						.filter((link) -> link.programId().equals(programId))
						.map((link) -> byId.get(link.laneId()))
						.filter(Objects::nonNull)
						.sorted(Comparator.comparing(Lane::code))
						.toList());
		}
		return result;
	}

	/**
	 * The calling shipper's memberships of these programs; other organizations have none.
	 */
	public Map<UUID, ProgramMembership> viewerMemberships(Collection<UUID> programIds) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.SHIPPER)) {
			return Map.of();
		}
		return memberships.findByShipperIdAndProgramIdIn(tenant.orgId(), programIds)
			.stream()
			.map(MembershipEntity::toMembership)
			.collect(Collectors.toMap(ProgramMembership::programId, Function.identity()));
	}

	/**
	 * What the program admits for the calling shipper; empty when the program is not
	 * visible.
	 */
	public Optional<ProgramAdmission> admission(UUID programId) {
		Tenant tenant = TenantContext.require();
		return programs.findById(programId).map(ProgramEntity::toProgram).map((program) -> {
			boolean member = memberships.findByShipperIdAndProgramId(tenant.orgId(), programId)
				.map(MembershipEntity::active)
				.orElse(false);
			return new ProgramAdmission(programId, program.operatorId(), program.status() == Program.ProgramStatus.OPEN,
					member, Set.copyOf(program.acceptedGoods()),
					new HashSet<>(programLanes.originCountries(programId)));
		});
	}

	@Transactional
	public MembershipResult join(UUID programId) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.SHIPPER)) {
			return failure("programId", CommonErrorCode.NOT_PERMITTED, "Only shippers join programs");
		}
		Optional<Program> program = programs.findById(programId).map(ProgramEntity::toProgram);
		if (program.isEmpty()) {
			return failure("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		if (program.get().status() != Program.ProgramStatus.OPEN) {
			return failure("programId", NetworkErrorCode.PROGRAM_CLOSED, "The program takes no new members");
		}
		OffsetDateTime now = now();
		MembershipEntity membership = memberships.findByShipperIdAndProgramId(tenant.orgId(), programId).orElse(null);
		if (membership == null) {
			membership = memberships
				.save(new MembershipEntity(tenant.orgId(), program.get().operatorId(), programId, now));
		}
		else if (!membership.active()) {
			membership.rejoin(now);
		}
		// Joining again while a member is a no-op, so a retried request succeeds.
		return new MembershipResult(membership.toMembership(), List.of());
	}

	@Transactional
	public MembershipResult leave(UUID programId) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.SHIPPER)) {
			return failure("programId", CommonErrorCode.NOT_PERMITTED, "Only shippers leave programs");
		}
		if (programs.findById(programId).isEmpty()) {
			return failure("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		Optional<MembershipEntity> membership = memberships.findByShipperIdAndProgramId(tenant.orgId(), programId)
			.filter(MembershipEntity::active);
		if (membership.isEmpty()) {
			return failure("programId", NetworkErrorCode.NOT_A_MEMBER, "Not a member of this program");
		}
		membership.get().leave(now());
		return new MembershipResult(membership.get().toMembership(), List.of());
	}

	private static MembershipResult failure(String field, ErrorCode code, String message) {
		return new MembershipResult(null, List.of(UserError.of("input." + field, code, message)));
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
