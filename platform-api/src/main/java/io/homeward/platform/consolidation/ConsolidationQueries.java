package io.homeward.platform.consolidation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.Dimensions;
import io.homeward.platform.tenancy.Tenant;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of consolidation: plain SQL into the records the API shows, one statement
 * per batch ({@code = any(:ids)}). Row-level security decides what each reader sees; the
 * organization predicates of the page only pick the index.
 */
@Component
@Transactional(readOnly = true)
class ConsolidationQueries {

	private static final String LOADS = """
			select id, operator_id, reference, program_id, lane_id, carrier_id, origin_hub_id, destination_hub_id,
			       status, cutoff_at, departure_at, capacity_kg, capacity_m3, seal_number, arrival_seal,
			       seal_exception, dispatched_at, received_at, created_at, version
			from load l""";

	private static final String UNITS = """
			select u.id, u.operator_id, u.kind, u.sscc, u.digital_link, u.hub_id, u.program_id, u.status, u.seal_number,
			       u.parent_unit_id, p.sscc as parent_sscc, u.load_id, u.created_at, u.version
			from handling_unit u
			left join handling_unit p on p.operator_id = u.operator_id and p.id = u.parent_unit_id""";

	/**
	 * The manifest line with the parcel's reference where the reader may read the parcel
	 * (its shipper, the operator; not the carrier), and the unit's SSCC where it may read
	 * the unit (the operator, the carrier; not a shipper).
	 */
	private static final String PARCELS = """
			select up.parcel_id, up.shipper_id, up.unit_id, up.load_id, u.sscc, p.reference, up.tracking_code, up.weight_kg,
			       up.length_cm, up.width_cm, up.height_cm, up.un_numbers
			from unit_parcel up
			left join handling_unit u on u.operator_id = up.operator_id and u.id = up.unit_id
			left join parcel p on p.shipper_id = up.shipper_id and p.id = up.parcel_id""";

	private final JdbcClient jdbc;

	ConsolidationQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Load> loadPage(Tenant tenant, LoadFilter filter, @Nullable LoadCursor after, int limit) {
		Where where = where(tenant, filter);
		if (after != null) {
			where.and("(l.departure_at, l.id) < (:afterDeparture, :afterId)");
			where.parameters.put("afterDeparture", after.departureAt());
			where.parameters.put("afterId", after.id());
		}
		where.parameters.put("limit", limit);
		return jdbc.sql(LOADS + " where " + where.sql + " order by l.departure_at desc, l.id desc limit :limit")
			.params(where.parameters)
			.query(ConsolidationQueries::load)
			.list();
	}

	long loadCount(Tenant tenant, LoadFilter filter) {
		Where where = where(tenant, filter);
		return jdbc.sql("select count(*) from load l where " + where.sql)
			.params(where.parameters)
			.query(Long.class)
			.single();
	}

	List<Load> loads(Collection<UUID> ids) {
		return jdbc.sql(LOADS + " where l.id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(ConsolidationQueries::load)
			.list();
	}

	/**
	 * Loads that have left, with parcels of the calling shipper in them: its advance
	 * notices.
	 */
	List<Load> dispatchedLoadsOf(UUID shipperId) {
		return jdbc.sql(LOADS + " " + """
				where l.id in (select load_id from load_shipper where shipper_id = :shipper and parcels > 0)
				  and l.status in ('DISPATCHED', 'IN_TRANSIT', 'ARRIVED', 'RECEIVED')
				order by l.departure_at desc, l.id desc""")
			.param("shipper", shipperId)
			.query(ConsolidationQueries::load)
			.list();
	}

	List<HandlingUnit> units(Collection<UUID> ids) {
		return jdbc.sql(UNITS + " where u.id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(ConsolidationQueries::unit)
			.list();
	}

	/** Every unit in each load, nested ones included, by SSCC. */
	Map<UUID, List<HandlingUnit>> unitsOfLoads(Collection<UUID> loadIds) {
		Map<UUID, List<HandlingUnit>> byLoad = new LinkedHashMap<>();
		jdbc.sql(UNITS + " where u.load_id = any(:ids) order by u.load_id, u.sscc")
			.param("ids", loadIds.toArray(UUID[]::new))
			.query(ConsolidationQueries::unit)
			.list()
			.forEach((unit) -> byLoad.computeIfAbsent(unit.loadId(), (id) -> new ArrayList<>()).add(unit));
		return byLoad;
	}

	/** Every parcel in each load, in any of its units. */
	Map<UUID, List<LoadParcel>> parcelsOfLoads(Collection<UUID> loadIds) {
		Map<UUID, List<LoadParcel>> byLoad = new LinkedHashMap<>();
		jdbc.sql(PARCELS + " where up.load_id = any(:ids) order by up.load_id, up.parcel_id")
			.param("ids", loadIds.toArray(UUID[]::new))
			.query(ConsolidationQueries::parcel)
			.list()
			.forEach((parcel) -> byLoad.computeIfAbsent(parcel.loadId(), (id) -> new ArrayList<>()).add(parcel));
		return byLoad;
	}

	/** The parcels directly in each unit. */
	Map<UUID, List<LoadParcel>> parcelsOfUnits(Collection<UUID> unitIds) {
		Map<UUID, List<LoadParcel>> byUnit = new LinkedHashMap<>();
		jdbc.sql(PARCELS + " where up.unit_id = any(:ids) order by up.unit_id, up.parcel_id")
			.param("ids", unitIds.toArray(UUID[]::new))
			.query(ConsolidationQueries::parcel)
			.list()
			.forEach((parcel) -> byUnit.computeIfAbsent(parcel.unitId(), (id) -> new ArrayList<>()).add(parcel));
		return byUnit;
	}

	List<LoadParcel> parcelsInLoad(UUID loadId) {
		return parcelsOfLoads(List.of(loadId)).getOrDefault(loadId, List.of());
	}

	Optional<LoadParcel> packedParcel(UUID parcelId) {
		return jdbc.sql(PARCELS + " where up.parcel_id = :id")
			.param("id", parcelId)
			.query(ConsolidationQueries::parcel)
			.optional();
	}

	/**
	 * What a unit or load held at {@code at}: each child whose last event up to then is
	 * an ADD, computed from the events alone. Ties at one instant are ordered by the
	 * events' sequence.
	 */
	List<Containment> contents(UUID parentId, OffsetDateTime at) {
		return contents(List.of(parentId), at).getOrDefault(parentId, List.of());
	}

	/**
	 * What each unit or load held at {@code at}: per parent and child, the latest
	 * aggregation event up to then, kept where it is an ADD. One statement for a page of
	 * parents.
	 */
	Map<UUID, List<Containment>> contents(Collection<UUID> parentIds, OffsetDateTime at) {
		Map<UUID, List<Containment>> byParent = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select c.parent_id, c.child_unit_id, u.sscc, c.child_parcel_id, p.reference, c.occurred_at
						from (select distinct on (coalesce(e.parent_unit_id, e.parent_load_id), coalesce(e.child_unit_id, e.child_parcel_id))
						             coalesce(e.parent_unit_id, e.parent_load_id) as parent_id,
						             e.operator_id, e.shipper_id, e.child_unit_id, e.child_parcel_id, e.action, e.occurred_at
						      from aggregation_event e
						      where (e.parent_unit_id = any(:parents) or e.parent_load_id = any(:parents)) and e.occurred_at <= :at
						      order by coalesce(e.parent_unit_id, e.parent_load_id), coalesce(e.child_unit_id, e.child_parcel_id),
						               e.occurred_at desc, e.seq desc) c
						left join handling_unit u on u.operator_id = c.operator_id and u.id = c.child_unit_id
						left join parcel p on p.shipper_id = c.shipper_id and p.id = c.child_parcel_id
						where c.action = 'ADD'
						order by c.parent_id, c.occurred_at, coalesce(u.sscc, p.reference)""")
			.param("parents", parentIds.toArray(UUID[]::new))
			.param("at", at)
			.query((rs, row) -> byParent
				.computeIfAbsent(rs.getObject("parent_id", UUID.class), (k) -> new ArrayList<>())
				.add(new Containment(rs.getObject("child_unit_id", UUID.class), rs.getString("sscc"),
						rs.getObject("child_parcel_id", UUID.class), rs.getString("reference"),
						rs.getObject("occurred_at", OffsetDateTime.class))))
			.list();
		return byParent;
	}

	Map<UUID, List<ReceiptLine>> receiptsOfLoads(Collection<UUID> loadIds) {
		Map<UUID, List<ReceiptLine>> byLoad = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select r.id, r.load_id, r.parcel_id, r.shipper_id, r.outcome, coalesce(p.reference, r.reference) as reference,
						       r.note, r.photo_refs, r.recorded_at
						from receipt_line r left join parcel p on p.shipper_id = r.shipper_id and p.id = r.parcel_id
						where r.load_id = any(:ids) order by r.load_id, r.outcome, reference""")
			.param("ids", loadIds.toArray(UUID[]::new))
			.query((rs, row) -> {
				String photos = rs.getString("photo_refs");
				return new ReceiptLine(rs.getObject("id", UUID.class), rs.getObject("load_id", UUID.class),
						rs.getObject("parcel_id", UUID.class), rs.getObject("shipper_id", UUID.class),
						ReceiptOutcome.valueOf(rs.getString("outcome")), rs.getString("reference"),
						rs.getString("note"), (photos == null) ? List.of() : Arrays.asList(photos.split("\n")),
						rs.getObject("recorded_at", OffsetDateTime.class));
			})
			.list()
			.forEach((line) -> byLoad.computeIfAbsent(line.loadId(), (id) -> new ArrayList<>()).add(line));
		return byLoad;
	}

	Optional<ConsolidationSettings> settings(UUID operatorId) {
		return jdbc.sql("""
				select gs1_company_prefix, extension_digit, resolver_domain, next_serial
				from consolidation_settings where operator_id = :operator""")
			.param("operator", operatorId)
			.query((rs, row) -> new ConsolidationSettings(rs.getString(1), rs.getInt(2), rs.getString(3),
					rs.getLong(4)))
			.optional();
	}

	private static Where where(Tenant tenant, LoadFilter filter) {
		Where where = new Where();
		switch (tenant.kind()) {
			case OPERATOR -> where.and("l.operator_id = :org");
			case CARRIER -> where.and("l.carrier_id = :org");
			case SHIPPER ->
				where.and("l.id in (select load_id from load_shipper where shipper_id = :org and parcels > 0)");
		}
		where.parameters.put("org", tenant.orgId());
		if (filter.status() != null && !filter.status().isEmpty()) {
			where.and("l.status = any(:statuses)");
			where.parameters.put("statuses", filter.status().stream().map(Enum::name).toArray(String[]::new));
		}
		if (filter.programId() != null) {
			where.and("l.program_id = :programId");
			where.parameters.put("programId", filter.programId());
		}
		if (filter.laneId() != null) {
			where.and("l.lane_id = :laneId");
			where.parameters.put("laneId", filter.laneId());
		}
		if (filter.carrierId() != null) {
			where.and("l.carrier_id = :carrierId");
			where.parameters.put("carrierId", filter.carrierId());
		}
		if (filter.departureFrom() != null) {
			where.and("l.departure_at >= :departureFrom");
			where.parameters.put("departureFrom", filter.departureFrom());
		}
		if (filter.departureTo() != null) {
			where.and("l.departure_at < :departureTo");
			where.parameters.put("departureTo", filter.departureTo());
		}
		return where;
	}

	private static final class Where {

		private String sql = "true";

		private final Map<String, @Nullable Object> parameters = new LinkedHashMap<>();

		void and(String condition) {
			sql = sql.equals("true") ? condition : sql + " and " + condition;
		}

	}

	private static Load load(ResultSet rs, int row) throws SQLException {
		String exception = rs.getString("seal_exception");
		return new Load(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
				rs.getString("reference"), rs.getObject("program_id", UUID.class), rs.getObject("lane_id", UUID.class),
				rs.getObject("carrier_id", UUID.class), rs.getObject("origin_hub_id", UUID.class),
				rs.getObject("destination_hub_id", UUID.class), LoadStatus.valueOf(rs.getString("status")),
				rs.getObject("cutoff_at", OffsetDateTime.class), rs.getObject("departure_at", OffsetDateTime.class),
				rs.getBigDecimal("capacity_kg"), rs.getBigDecimal("capacity_m3"), rs.getString("seal_number"),
				rs.getString("arrival_seal"), (exception != null) ? SealException.valueOf(exception) : null,
				rs.getObject("dispatched_at", OffsetDateTime.class), rs.getObject("received_at", OffsetDateTime.class),
				rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
	}

	private static HandlingUnit unit(ResultSet rs, int row) throws SQLException {
		return new HandlingUnit(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
				UnitKind.valueOf(rs.getString("kind")), rs.getString("sscc"), rs.getString("digital_link"),
				rs.getObject("hub_id", UUID.class), rs.getObject("program_id", UUID.class),
				UnitStatus.valueOf(rs.getString("status")), rs.getString("seal_number"),
				rs.getObject("parent_unit_id", UUID.class), rs.getString("parent_sscc"),
				rs.getObject("load_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getInt("version"));
	}

	private static LoadParcel parcel(ResultSet rs, int row) throws SQLException {
		String un = rs.getString("un_numbers");
		return new LoadParcel(rs.getObject("parcel_id", UUID.class), rs.getObject("shipper_id", UUID.class),
				rs.getObject("unit_id", UUID.class), rs.getObject("load_id", UUID.class), rs.getString("sscc"),
				rs.getString("reference"), rs.getString("tracking_code"), rs.getBigDecimal("weight_kg"),
				new Dimensions(rs.getBigDecimal("length_cm"), rs.getBigDecimal("width_cm"),
						rs.getBigDecimal("height_cm")),
				(un == null || un.isEmpty()) ? List.of() : Arrays.asList(un.split(",")));
	}

	/** The sort key of the last row of a page. */
	record LoadCursor(OffsetDateTime departureAt, UUID id) {

	}

}
