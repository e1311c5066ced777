package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.tracking.EpcisDocuments.Aggregation;
import io.homeward.platform.tracking.EpcisDocuments.Observed;
import io.homeward.platform.tracking.EpcisDocuments.Through;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return's chain of custody as an EPCIS 2.0 JSON-LD document: the events of its
 * parcels, those they inherit from the units and loads they were inside, and the packing
 * of the parcels into units and of those units into further units and loads. Everything
 * is read under the caller's policies, so the document holds what the caller may see: a
 * shipper its own parcels, the units named by platform URIs (it reads no unit) and none
 * of another shipper's parcels; the return's operator everything, units by their SSCC. A
 * return the caller cannot see has no document, exactly like one that does not exist.
 * <p>
 * Five statements whatever the return's size: the tenant binding, the return and its
 * parcels, the events, the aggregation events, and the SSCCs of the units named.
 */
@Service
public class ChainOfCustody {

	/** The media type of the document (JSON-LD). */
	public static final String MEDIA_TYPE = "application/ld+json";

	private final JdbcClient jdbc;

	ChainOfCustody(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where the same document is downloaded, with the API's bearer token. */
	public static String downloadPath(UUID returnId) {
		return "/tracking/returns/" + returnId + "/chain-of-custody.jsonld";
	}

	/**
	 * The document of the return, as plain maps and lists; empty when the caller cannot
	 * see the return or there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<Map<String, Object>> document(UUID returnId) {
		List<UUID> found = new ArrayList<>();
		boolean visible = !jdbc.sql("""
				select p.id from return_order r
				left join parcel p on p.shipper_id = r.shipper_id and p.return_id = r.id
				where r.id = :id""").param("id", returnId).query((rs, row) -> {
			UUID parcel = rs.getObject("id", UUID.class);
			if (parcel != null) {
				found.add(parcel);
			}
			return row;
		}).list().isEmpty();
		if (!visible) {
			return Optional.empty();
		}
		UUID[] parcels = found.toArray(UUID[]::new);
		List<Observed> events = events(parcels);
		List<Aggregation> aggregations = aggregations(parcels);
		Set<UUID> units = new LinkedHashSet<>();
		for (Observed observed : events) {
			if (observed.event().subjectKind() == SubjectKind.UNIT) {
				units.add(observed.event().subjectId());
			}
			observed.through().stream().filter((t) -> t.kind() == SubjectKind.UNIT).forEach((t) -> units.add(t.id()));
		}
		for (Aggregation aggregation : aggregations) {
			if (aggregation.parentKind() == SubjectKind.UNIT) {
				units.add(aggregation.parentId());
			}
			if (aggregation.childKind() == SubjectKind.UNIT) {
				units.add(aggregation.childId());
			}
		}
		return Optional.of(EpcisDocuments.document(returnId, OffsetDateTime.now(ZoneOffset.UTC), events, aggregations,
				ssccs(units)));
	}

	/**
	 * The parcels' own events and those they inherit, in one statement: the same lookup
	 * as {@code trackingEvents} of each parcel ({@code tracking_inherited}). An event
	 * reached through several parcels of the return is written once, with each unit or
	 * load it came through.
	 */
	private List<Observed> events(UUID[] parcels) {
		Map<UUID, TrackingEvent> events = new LinkedHashMap<>();
		Map<UUID, List<Through>> through = new HashMap<>();
		jdbc.sql("""
				with hits as (
				    select e.id as hit_id, null::uuid as through_id, null::text as through_kind
				    from tracking_event e
				    where e.parcel_id = any(:parcels)
				    union all
				    select t.event_id, t.through_id, t.through_kind
				    from unnest(cast(:parcels as uuid[])) as p(id) cross join lateral tracking_inherited(p.id) t)
				select\s""" + TrackingEvents.COLUMNS + """
				, h.through_id, h.through_kind
				from tracking_event join hits h on h.hit_id = tracking_event.id
				order by event_time, record_time, seq""").param("parcels", parcels).query((rs, row) -> {
			TrackingEvent event = TrackingEvents.event(rs);
			events.putIfAbsent(event.uuid(), event);
			List<Through> via = through.computeIfAbsent(event.uuid(), (id) -> new ArrayList<>());
			String kind = rs.getString("through_kind");
			if (kind != null) {
				via.add(new Through(SubjectKind.valueOf(kind), rs.getObject("through_id", UUID.class)));
			}
			return row;
		}).list();
		return events.values().stream().map((event) -> new Observed(event, through.get(event.uuid()))).toList();
	}

	/**
	 * The packing of the parcels, and of every unit they were ever in, into further units
	 * and loads, in one recursive statement. A shipper reads only its own parcels' rows
	 * (no unit row names a shipper), so its document shows its parcels' packing, not the
	 * units' loading.
	 */
	private List<Aggregation> aggregations(UUID[] parcels) {
		return jdbc.sql("""
				with recursive lineage (unit_id) as (
				    select a.parent_unit_id from aggregation_event a
				    where a.child_parcel_id = any(:parcels) and a.parent_unit_id is not null
				    union
				    select a.parent_unit_id from aggregation_event a join lineage l on a.child_unit_id = l.unit_id
				    where a.parent_unit_id is not null)
				select a.id, a.occurred_at, a.seq, a.action, a.parent_unit_id, a.parent_load_id, a.child_unit_id,
				       a.child_parcel_id
				from aggregation_event a
				where a.child_parcel_id = any(:parcels) or a.child_unit_id in (select unit_id from lineage)
				order by a.occurred_at, a.seq""").param("parcels", parcels).query((rs, row) -> {
			UUID parentUnit = rs.getObject("parent_unit_id", UUID.class);
			UUID childUnit = rs.getObject("child_unit_id", UUID.class);
			return new Aggregation(rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getLong("seq"), "ADD".equals(rs.getString("action")),
					(parentUnit != null) ? SubjectKind.UNIT : SubjectKind.LOAD,
					(parentUnit != null) ? parentUnit : rs.getObject("parent_load_id", UUID.class),
					(childUnit != null) ? SubjectKind.UNIT : SubjectKind.PARCEL,
					(childUnit != null) ? childUnit : rs.getObject("child_parcel_id", UUID.class));
		}).list();
	}

	/** The SSCCs of the units the caller may see (a shipper: none). */
	private Map<UUID, String> ssccs(Set<UUID> units) {
		Map<UUID, String> ssccs = new HashMap<>();
		jdbc.sql("select id, sscc from handling_unit where id = any(:ids)")
			.param("ids", units.toArray(UUID[]::new))
			.query((rs, row) -> ssccs.put(rs.getObject("id", UUID.class), rs.getString("sscc")))
			.list();
		return ssccs;
	}

}
