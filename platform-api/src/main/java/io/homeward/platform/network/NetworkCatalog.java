package io.homeward.platform.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's read API: hubs, lanes and programs, paged or batched by id, and
 * the calling shipper's memberships. Every read runs under the caller's organization and
 * shows what the policies of ADR 0006 let it read: an operator its own network, a shipper
 * every operator's, a carrier the hubs, the programs and the lanes it runs (programs
 * without their terms and lane lists). An id the caller may not read is absent, exactly
 * like an id that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class NetworkCatalog {

	private final NetworkQueries queries;

	NetworkCatalog(NetworkQueries queries) {
		this.queries = queries;
	}

	/** A page of the hubs the caller reads, in id order. */
	public Window<Hub> hubs(PageRequest page) {
		return page.window(queries.hubs(afterId(page), page.fetchSize()), (hub) -> Map.of("id", hub.uuid()));
	}

	/** How many hubs {@link #hubs} pages through; one count, run only when asked for. */
	public long hubCount() {
		return queries.hubCount();
	}

	/** A page of the lanes the caller reads, in id order. */
	public Window<Lane> lanes(PageRequest page) {
		return page.window(queries.lanes(afterId(page), page.fetchSize()), (lane) -> Map.of("id", lane.uuid()));
	}

	/** How many lanes {@link #lanes} pages through. */
	public long laneCount() {
		return queries.laneCount();
	}

	/** A page of the programs the caller reads, in id order. */
	public Window<Program> programs(PageRequest page) {
		return page.window(queries.programs(afterId(page), page.fetchSize()),
				(program) -> Map.of("id", program.uuid()));
	}

	/** How many programs {@link #programs} pages through. */
	public long programCount() {
		return queries.programCount();
	}

	/** The hub, if the caller may read it; otherwise empty, like an unknown id. */
	public Optional<Hub> hub(UUID id) {
		return queries.hubsByIds(List.of(id)).stream().findFirst();
	}

	/** The lane, if the caller may read it; otherwise empty, like an unknown id. */
	public Optional<Lane> lane(UUID id) {
		return queries.lanesByIds(List.of(id)).stream().findFirst();
	}

	/** The program, if the caller may read it; otherwise empty, like an unknown id. */
	public Optional<Program> program(UUID id) {
		return queries.programsByIds(List.of(id)).stream().findFirst();
	}

	/**
	 * The hub, if it is the calling operator's own: what an operator's command may use.
	 * Another operator's hub it may read (a shared program's) answers empty, like an
	 * unknown id, so that a refusal cannot tell the two apart.
	 */
	public Optional<Hub> ownHub(UUID id) {
		return hub(id).filter((hub) -> isCallers(hub.operatorId()));
	}

	/** The lane, if it is the calling operator's own; see {@link #ownHub}. */
	public Optional<Lane> ownLane(UUID id) {
		return lane(id).filter((lane) -> isCallers(lane.operatorId()));
	}

	/** The program, if it is the calling operator's own; see {@link #ownHub}. */
	public Optional<Program> ownProgram(UUID id) {
		return program(id).filter((program) -> isCallers(program.operatorId()));
	}

	private static boolean isCallers(UUID operatorId) {
		return operatorId.equals(TenantContext.require().orgId());
	}

	/** One statement for any number of ids; ids the caller may not read are absent. */
	public Map<UUID, Hub> hubsByIds(Collection<UUID> ids) {
		return queries.hubsByIds(ids).stream().collect(Collectors.toMap(Hub::uuid, Function.identity()));
	}

	/** One statement for any number of ids; ids the caller may not read are absent. */
	public Map<UUID, Lane> lanesByIds(Collection<UUID> ids) {
		return queries.lanesByIds(ids).stream().collect(Collectors.toMap(Lane::uuid, Function.identity()));
	}

	/** One statement for any number of ids; ids the caller may not read are absent. */
	public Map<UUID, Program> programsByIds(Collection<UUID> ids) {
		return queries.programsByIds(ids).stream().collect(Collectors.toMap(Program::uuid, Function.identity()));
	}

	/**
	 * Every lane between two hubs, in any mode, in code order: pooled candidates and the
	 * courier baseline.
	 */
	public List<Lane> lanesBetween(UUID originHubId, UUID destinationHubId) {
		return queries.lanesBetween(originHubId, destinationHubId);
	}

	/**
	 * The lanes of each program in code order, in one statement whatever the number of
	 * programs. Every program asked for is a key; a carrier reads no program's lane list,
	 * so its lists are empty.
	 */
	public Map<UUID, List<Lane>> lanesOfPrograms(Collection<UUID> programIds) {
		return queries.lanesOfPrograms(programIds);
	}

	/**
	 * The commercial terms of each program, in one statement; absent for a caller that
	 * may not read them (carriers).
	 */
	public Map<UUID, String> termsOfPrograms(Collection<UUID> programIds) {
		return queries.termsOfPrograms(programIds);
	}

	/**
	 * The calling shipper's memberships of these programs, by program; other kinds of
	 * organization have none, and nothing is read for them.
	 */
	public Map<UUID, ProgramMembership> viewerMemberships(Collection<UUID> programIds) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.SHIPPER)) {
			return Map.of();
		}
		return queries.memberships(tenant.orgId(), programIds);
	}

	/**
	 * What the program admits for the calling shipper: whether it is open, whether the
	 * shipper is an active member, its goods and the countries its lanes collect from.
	 * Empty when the program is not visible.
	 */
	public Optional<ProgramAdmission> admission(UUID programId) {
		return queries.admission(programId, TenantContext.require().orgId());
	}

	private static @Nullable UUID afterId(PageRequest page) {
		if (page.fromStart()) {
			return null;
		}
		try {
			return UUID.fromString(String.valueOf(page.after().get("id")));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after", "after is not a cursor from this connection");
		}
	}

}
