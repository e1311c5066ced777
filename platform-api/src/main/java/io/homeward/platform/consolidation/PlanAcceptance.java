package io.homeward.platform.consolidation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.UserError;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional part of {@link LoadPlans#accept}: re-gathers what the proposal was
 * made from, refuses it when that changed, applies the edits, checks the result with
 * {@link LoadPlanner#check}, then creates the new loads and packs every parcel through
 * the packing rules (a bag per load), all in one transaction. Refuses by throwing
 * {@link Refusal}, which rolls back everything it did.
 */
@Service
@Transactional
class PlanAcceptance {

	private final LoadPlans plans;

	private final LoadCommands loads;

	private final UnitCommands units;

	private final NetworkCatalog network;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ConsolidationQueries queries;

	PlanAcceptance(LoadPlans plans, LoadCommands loads, UnitCommands units, NetworkCatalog network, JdbcClient jdbc,
			JsonMapper json, ConsolidationQueries queries) {
		this.queries = queries;
		this.plans = plans;
		this.loads = loads;
		this.units = units;
		this.network = network;
		this.jdbc = jdbc;
		this.json = json;
	}

	private record Stored(UUID programId, UUID laneId, String snapshot, String newLoads, String assignments) {

	}

	List<Load> apply(LoadPlanAccept command) {
		Stored stored = jdbc.sql("""
				select program_id, lane_id, snapshot, new_loads::text, assignments::text
				from load_plan_proposal where id = :id""")
			.param("id", command.proposalId())
			.query((rs, row) -> new Stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.optional()
			.orElseThrow(() -> Refusal.of("proposalId", CommonErrorCode.NOT_FOUND, "No such proposal"));
		var reader = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		NewLoads fresh = reader.readValue(stored.newLoads(), NewLoads.class);
		List<PlanProposal.Assignment> proposed = List
			.of(reader.readValue(stored.assignments(), PlanProposal.Assignment[].class));
		Lane lane = network.lane(stored.laneId()).orElseThrow();
		LoadPlanRequest request = new LoadPlanRequest(lane.originHubId(), stored.programId(), lane.uuid(), null,
				fresh.capacityKg(), fresh.capacityM3(), fresh.cutOff().atOffset(java.time.ZoneOffset.UTC),
				fresh.departure().atOffset(java.time.ZoneOffset.UTC), fresh.maxCount());
		LoadPlans.Gathered now = plans.gather(lane, request);
		if (!now.snapshot().equals(stored.snapshot())) {
			throw Refusal.of("proposalId", ConsolidationErrorCode.PLAN_STALE,
					"Parcels or loads changed since the proposal was made: plan again");
		}
		Map<UUID, PlanProposal.LoadRef> where = new LinkedHashMap<>();
		proposed.forEach((a) -> where.put(a.parcelId(), a.load()));
		for (LoadPlanAccept.Move move : command.edits()) {
			where.put(move.parcelId(), (move.loadId() != null) ? PlanProposal.LoadRef.existing(move.loadId())
					: PlanProposal.LoadRef.opened((move.newLoad() != null) ? move.newLoad() : 0));
		}
		List<PlanProposal.Assignment> assignments = new ArrayList<>();
		where.forEach((parcel, ref) -> assignments.add(new PlanProposal.Assignment(parcel, ref)));
		List<PlanViolation> violations = new LoadPlanner().check(now.input(), assignments);
		if (!violations.isEmpty()) {
			throw new Refusal(violations.stream()
				.map((violation) -> UserError.of("edits", ConsolidationErrorCode.PLAN_VIOLATED,
						violation.kind() + ": " + violation.message()))
				.toList());
		}
		String key = command.proposalId().toString();
		Map<PlanProposal.LoadRef, List<UUID>> byLoad = new LinkedHashMap<>();
		assignments.forEach((a) -> byLoad.computeIfAbsent(a.load(), (ref) -> new ArrayList<>()).add(a.parcelId()));
		Set<UUID> touched = new LinkedHashSet<>();
		int bags = 0;
		for (Map.Entry<PlanProposal.LoadRef, List<UUID>> entry : byLoad.entrySet()) {
			UUID loadId = entry.getKey().loadId();
			if (loadId == null) {
				int n = entry.getKey().newLoad();
				LoadCreate create = new LoadCreate(key + "-load-" + n, "PLAN-" + key.substring(0, 8) + "-" + n,
						stored.programId(), lane.uuid(), fresh.cutOff().atOffset(java.time.ZoneOffset.UTC),
						fresh.departure().atOffset(java.time.ZoneOffset.UTC), fresh.capacityKg(), fresh.capacityM3());
				loadId = loads.create(create, create.toString()).uuid();
			}
			UnitCreate unit = new UnitCreate(key + "-bag-" + bags++, UnitKind.BAG, lane.originHubId(),
					stored.programId());
			UUID bag = units.create(unit, unit.toString()).uuid();
			// The parcels go into the bag first and the bag into the load last: packing a
			// unit into a load carries the load onto every parcel in it, while the bag's
			// entity, read before in this transaction, would not know its load yet. The
			// load's capacity and segregation are checked when the bag goes in.
			for (UUID parcel : entry.getValue()) {
				units.pack(new UnitPack(bag, null, null, parcel));
			}
			units.pack(new UnitPack(null, loadId, bag, null));
			touched.add(loadId);
		}
		// Read once packed: each load's version and contents are final after its bag.
		return queries.loads(touched);
	}

}
