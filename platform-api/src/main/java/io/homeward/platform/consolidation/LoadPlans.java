package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.homeward.platform.shared.Sha256;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UnNumber;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The load planner over the stored parcels and loads: picks the program's lane from the
 * hub, gathers the open parcels (of APPROVED returns of the program starting at the hub,
 * not packed) and the lane's planning loads with what they hold, runs
 * {@link LoadPlanner}, and stores the proposal with a digest of what it saw so that a
 * later acceptance can tell it is stale.
 */
@Service
@Transactional
public class LoadPlans {

	private static final BigDecimal MAX_KG = new BigDecimal("100000");

	private static final BigDecimal MAX_M3 = new BigDecimal("1000");

	private final NetworkCatalog network;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ObjectProvider<PlanAcceptance> acceptance;

	private final Segregation segregation = Segregation.standard();

	LoadPlans(NetworkCatalog network, JdbcClient jdbc, JsonMapper json, ObjectProvider<PlanAcceptance> acceptance) {
		this.acceptance = acceptance;
		this.network = network;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Plans and stores the proposal; refused with every problem of the request. */
	public Outcome<StoredProposal> plan(LoadPlanRequest request) {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.OPERATOR)) {
			return Outcome.refused("", CommonErrorCode.NOT_PERMITTED, "Only operators plan loads");
		}
		Violations v = new Violations();
		if (request.timeLimitSeconds() != null) {
			v.range("timeLimitSeconds", request.timeLimitSeconds(), 1, 60);
		}
		v.range("maxNewLoads", request.maxNewLoads(), 0, 100);
		v.decimal("newLoadCapacityKg", request.newLoadCapacityKg(), false, MAX_KG, 3);
		v.decimal("newLoadCapacityM3", request.newLoadCapacityM3(), false, MAX_M3, 3);
		if (request.newLoadCutoffAt().isAfter(request.newLoadDepartureAt())) {
			v.add("newLoadCutoffAt", CommonErrorCode.OUT_OF_RANGE, "must not be after the departure");
		}
		boolean hubFound = network.ownHub(request.hubId()).isPresent();
		if (!hubFound) {
			v.add("hubId", CommonErrorCode.NOT_FOUND, "No such hub");
		}
		boolean programFound = network.ownProgram(request.programId()).isPresent();
		if (!programFound) {
			v.add("programId", CommonErrorCode.NOT_FOUND, "No such program");
		}
		if (!v.isEmpty()) {
			return Outcome.refused(v);
		}
		Outcome<Lane> chosen = lane(request);
		if (!(chosen instanceof Outcome.Done<Lane>(Lane lane))) {
			return Outcome.refused(chosen.errors());
		}
		Gathered gathered = gather(lane, request);
		Duration limit = (request.timeLimitSeconds() != null) ? Duration.ofSeconds(request.timeLimitSeconds())
				: LoadPlanner.DEFAULT_TIME_LIMIT;
		PlanProposal proposal = new LoadPlanner(segregation, limit).plan(gathered.input());
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into load_plan_proposal (operator_id, id, program_id, lane_id, snapshot, new_loads, assignments,
						    created_by, created_at)
						values (:operator, :id, :program, :lane, :snapshot, cast(:newLoads as jsonb), cast(:assignments as jsonb),
						    :by, :at)""")
			.param("operator", tenant.orgId())
			.param("id", id)
			.param("program", request.programId())
			.param("lane", lane.uuid())
			.param("snapshot", gathered.snapshot())
			.param("newLoads", json(gathered.input().newLoads()))
			.param("assignments", json(proposal.assignments()))
			.param("by", tenant.userId())
			.param("at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
			.update();
		return Outcome.done(new StoredProposal(id, lane, proposal));
	}

	/**
	 * The lane the loads travel on: among the program's consolidated lanes from the hub,
	 * the one named, or the only one. A courier ({@code PARCEL}) lane is left out: each
	 * parcel travels alone on it, so there is no load to plan (pricing compares pooled
	 * prices with it for the same reason). A lane the caller may not read answers like an
	 * unknown one.
	 */
	private Outcome<Lane> lane(LoadPlanRequest request) {
		List<Lane> fromHub = network.lanesOfPrograms(List.of(request.programId()))
			.getOrDefault(request.programId(), List.of())
			.stream()
			.filter((l) -> l.originHubId().equals(request.hubId()) && l.mode() != TransportMode.PARCEL)
			.sorted(Comparator.comparing(Lane::code))
			.toList();
		if (fromHub.isEmpty()) {
			return Outcome.refused("hubId", ConsolidationErrorCode.NO_LANE_FROM_HUB,
					"The program has no consolidated lane from this hub");
		}
		UUID named = request.laneId();
		if (named == null) {
			if (fromHub.size() > 1) {
				return Outcome.refused("laneId", ConsolidationErrorCode.LANE_AMBIGUOUS,
						"The program has several lanes from this hub, name one: " + codes(fromHub));
			}
			return Outcome.done(fromHub.getFirst());
		}
		Optional<Lane> match = fromHub.stream().filter((l) -> l.uuid().equals(named)).findFirst();
		if (match.isPresent()) {
			return Outcome.done(match.get());
		}
		if (network.ownLane(named).isEmpty()) {
			return Outcome.refused("laneId", CommonErrorCode.NOT_FOUND, "No such lane");
		}
		return Outcome.refused("laneId", ConsolidationErrorCode.LANE_NOT_IN_PROGRAM,
				"Not one of the program's lanes from this hub: " + codes(fromHub));
	}

	private static String codes(List<Lane> lanes) {
		return lanes.stream().map(Lane::code).collect(Collectors.joining(", "));
	}

	/**
	 * Accepts a stored proposal, with the edits: done with the loads it packed into, or
	 * refused with a stale proposal or every violation of the edited plan, and nothing
	 * changed.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Outcome<List<Load>> accept(LoadPlanAccept command) {
		if (!TenantContext.require().is(OrganizationKind.OPERATOR)) {
			return Outcome.refused("", CommonErrorCode.NOT_PERMITTED, "Only operators accept load plans");
		}
		return HandlingUnits.refusable(() -> acceptance.getObject().apply(command));
	}

	/** What the planner is given, and the digest of it a proposal is stale against. */
	record Gathered(LoadPlanInput input, String snapshot) {

	}

	Gathered gather(Lane lane, LoadPlanRequest request) {
		Hub hub = network.hub(lane.originHubId()).orElseThrow();
		List<String> seen = new ArrayList<>();
		List<PlanParcel> parcels = jdbc.sql("""
				select p.id, p.shipper_id, p.weight_kg, p.length_cm * p.width_cm * p.height_cm / 1000000 as m3,
				       r.updated_at,
				       (select string_agg(i.un_number, ',') from return_item i
				        where i.shipper_id = p.shipper_id and i.return_id = p.return_id and i.un_number is not null
				          and (i.parcel_id = p.id or i.parcel_id is null)) as un_numbers,
				       (select coalesce(sum(i.weight_kg * i.quantity), 0) from return_item i
				        where i.shipper_id = p.shipper_id and i.return_id = p.return_id
				          and i.un_number in ('3090', '3091', '3480', '3481')
				          and (i.parcel_id = p.id or i.parcel_id is null)) as lithium_kg
				from parcel p join return_order r on r.shipper_id = p.shipper_id and r.id = p.return_id
				where r.status = 'APPROVED' and r.program_id = :program and r.origin_country = :country
				  and not exists (select 1 from unit_parcel up where up.parcel_id = p.id)
				order by p.id""")
			.param("program", request.programId())
			.param("country", hub.countryCode())
			.query((rs, row) -> new PlanParcel(rs.getObject("id", UUID.class), rs.getObject("shipper_id", UUID.class),
					rs.getBigDecimal("weight_kg"), rs.getBigDecimal("m3"),
					goods(rs.getString("un_numbers"), rs.getBigDecimal("lithium_kg")),
					rs.getObject("updated_at", OffsetDateTime.class).toInstant(), null))
			.list();
		parcels.forEach((parcel) -> seen.add("p:" + parcel.id()));
		Map<UUID, List<Packable>> contents = new LinkedHashMap<>();
		jdbc.sql("""
				select up.load_id, up.parcel_id, up.un_numbers, up.lithium_kg
				from unit_parcel up join load l on l.id = up.load_id
				where l.lane_id = :lane and l.program_id = :program and l.status = 'PLANNING'""")
			.param("lane", lane.uuid())
			.param("program", request.programId())
			.query((rs, row) -> contents.computeIfAbsent(rs.getObject("load_id", UUID.class), (k) -> new ArrayList<>())
				.add(new Packable(rs.getString("parcel_id"),
						goods(rs.getString("un_numbers"), rs.getBigDecimal("lithium_kg")))))
			.list();
		List<CandidateLoad> loads = jdbc.sql("""
				select l.id, l.version, l.capacity_kg, l.capacity_m3, l.cutoff_at, l.departure_at,
				       coalesce(sum(up.weight_kg), 0) as kg,
				       coalesce(sum(up.length_cm * up.width_cm * up.height_cm) / 1000000, 0) as m3,
				       count(up.parcel_id) as parcels
				from load l left join unit_parcel up on up.load_id = l.id
				where l.lane_id = :lane and l.program_id = :program and l.status = 'PLANNING' and l.cutoff_at > now()
				group by l.id order by l.id""")
			.param("lane", lane.uuid())
			.param("program", request.programId())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				seen.add("l:" + id + ":" + rs.getInt("version") + ":" + rs.getLong("parcels"));
				return new CandidateLoad(id, rs.getBigDecimal("capacity_kg"), rs.getBigDecimal("capacity_m3"),
						rs.getBigDecimal("kg"), rs.getBigDecimal("m3"), contents.getOrDefault(id, List.of()),
						rs.getObject("cutoff_at", OffsetDateTime.class).toInstant(),
						rs.getObject("departure_at", OffsetDateTime.class).toInstant());
			})
			.list();
		NewLoads fresh = new NewLoads(request.maxNewLoads(), request.newLoadCapacityKg(), request.newLoadCapacityM3(),
				request.newLoadCutoffAt().toInstant(), request.newLoadDepartureAt().toInstant());
		LoadPlanInput input = new LoadPlanInput(hub.uuid(), request.programId(), parcels, loads, fresh,
				new LaneLimits(lane.acceptsLithium(), lane.lithiumMaxKg()));
		return new Gathered(input, digest(seen));
	}

	private DangerousGoods goods(String unNumbers, BigDecimal lithiumKg) {
		if (unNumbers == null || unNumbers.isEmpty()) {
			return DangerousGoods.NONE;
		}
		List<HazardousItem> items = Arrays.stream(unNumbers.split(","))
			.distinct()
			.map((number) -> new HazardousItem(new UnNumber(number), BigDecimal.ZERO))
			.toList();
		DangerousGoods classified = segregation.table().classify(items);
		return new DangerousGoods(classified.classes(), classified.unNumbers(), classified.unclassified(), lithiumKg);
	}

	private static String digest(List<String> seen) {
		return Sha256.hex(String.join("\n", seen));
	}

	/** The new loads' terms and the assignments, as an acceptance reads them back. */
	private String json(Object value) {
		return json.writeValueAsString(value);
	}

}
