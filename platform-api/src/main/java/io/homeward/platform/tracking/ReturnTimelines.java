package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.GlobalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A return's timeline: its stage, expected arrival, open exception, milestones and latest
 * events, read under the current {@code TenantContext} in a read-only transaction. What
 * the caller may read is the policies' answer: a return it cannot see has no timeline,
 * exactly like one that does not exist. Three statements after the tenant binding,
 * whatever the number of parcels, items, milestones and events.
 * <p>
 * This is the module's API for the timeline: the GraphQL field {@code returnTimeline}
 * reads it in {@link Detail#FULL}, public tracking in {@link Detail#PUBLIC}.
 */
@Service
public class ReturnTimelines {

	/** The most events a timeline holds: the latest ones. */
	public static final int EVENTS = 200;

	/** How much a timeline shows. */
	public enum Detail {

		/** Everything the caller may read. */
		FULL,
		/**
		 * What the public may see: of the events no recorder (organization, user, client
		 * event id), no exception reason, sensor reading or position; of the milestones
		 * no parcel and no items, only how many lines each covers. The events keep their
		 * step, disposition, times, hub, exception kind and what they were recorded on;
		 * the recorder reads as {@link GlobalId#NONE} and the strings as empty.
		 */
		PUBLIC

	}

	private final JdbcClient jdbc;

	ReturnTimelines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The full timeline of a return the caller may read. */
	@Transactional(readOnly = true)
	public Optional<ReturnTimeline> timeline(UUID returnId) {
		return timeline(returnId, Detail.FULL);
	}

	/** The timeline of a return the caller may read, in the detail given. */
	@Transactional(readOnly = true)
	public Optional<ReturnTimeline> timeline(UUID returnId, Detail detail) {
		List<TimelineRules.ParcelFacts> parcels = new ArrayList<>();
		Map<UUID, TimelineRules.PlannedLoad> planned = new LinkedHashMap<>();
		List<UUID> parcelIds = new ArrayList<>();
		boolean[] seen = { false };
		// The return, each parcel and the load it is in now, when that load has not
		// left: its planned departure and the lane's transit days.
		jdbc.sql("""
				select r.id as return_id, p.id as parcel_id, l.status, l.departure_at, ln.transit_days
				from return_order r
				left join parcel p on p.return_id = r.id
				left join unit_parcel up on up.parcel_id = p.id
				left join load l on l.id = up.load_id
				left join lane ln on ln.id = l.lane_id
				where r.id = :id
				order by p.id""").param("id", returnId).query((rs) -> {
			seen[0] = true;
			UUID parcel = rs.getObject("parcel_id", UUID.class);
			if (parcel == null) {
				return;
			}
			parcelIds.add(parcel);
			String status = rs.getString("status");
			Integer transit = (Integer) rs.getObject("transit_days");
			if (status != null && transit != null && !departed(status)) {
				planned.put(parcel,
						new TimelineRules.PlannedLoad(rs.getObject("departure_at", OffsetDateTime.class), transit));
			}
		});
		if (!seen[0]) {
			return Optional.empty();
		}
		Map<UUID, List<TimelineRules.Reached>> reached = new LinkedHashMap<>();
		Map<String, MilestoneRow> milestones = new LinkedHashMap<>();
		// The milestones, with the transit days of the lane each one's load runs on and
		// the lines each covers, one row per line.
		jdbc.sql("""
				select m.id, m.parcel_id, m.kind, m.reached_at, ln.transit_days, cardinality(m.item_ids) as item_count,
				       i.id as item_id, i.line_number, i.sku, i.description, i.quantity
				from return_milestone m
				left join load l on l.id = m.load_id
				left join lane ln on ln.id = l.lane_id
				left join lateral unnest(m.item_ids) with ordinality as u(item_id, n) on true
				left join return_item i on i.id = u.item_id
				where m.return_id = :id
				order by m.reached_at, m.kind, m.parcel_id, u.n""").param("id", returnId).query((rs) -> {
			String id = rs.getString("id");
			MilestoneRow row = milestones.get(id);
			if (row == null) {
				UUID parcel = rs.getObject("parcel_id", UUID.class);
				MilestoneKind kind = MilestoneKind.valueOf(rs.getString("kind"));
				OffsetDateTime at = rs.getObject("reached_at", OffsetDateTime.class);
				row = new MilestoneRow(kind, at, parcel, rs.getInt("item_count"), new ArrayList<>());
				milestones.put(id, row);
				reached.computeIfAbsent(parcel, (k) -> new ArrayList<>())
					.add(new TimelineRules.Reached(kind, at, (Integer) rs.getObject("transit_days")));
			}
			UUID item = rs.getObject("item_id", UUID.class);
			if (item != null) {
				row.items()
					.add(new ReturnTimeline.MilestoneItem(item, rs.getInt("line_number"), rs.getString("sku"),
							rs.getString("description"), rs.getInt("quantity")));
			}
		});
		for (UUID parcel : parcelIds) {
			parcels.add(new TimelineRules.ParcelFacts(parcel, reached.getOrDefault(parcel, List.of()),
					planned.get(parcel)));
		}
		List<TrackingEvent> events = events(returnId);
		TrackingExceptionKind open = TimelineRules.openException(events,
				milestones.values().stream().map(MilestoneRow::reachedAt).toList());
		TimelineRules.Eta eta = TimelineRules.eta(parcels);
		boolean full = detail == Detail.FULL;
		return Optional.of(new ReturnTimeline(returnId, TimelineRules.stage(parcels, open), eta.at(), eta.basis(), open,
				milestones.values()
					.stream()
					.map((m) -> new ReturnTimeline.Milestone(m.kind(), m.reachedAt(), full ? m.parcelId() : null,
							m.itemCount(), full ? m.items() : List.of()))
					.toList(),
				full ? events : events.stream().map(ReturnTimelines::publicView).toList()));
	}

	private record MilestoneRow(MilestoneKind kind, OffsetDateTime reachedAt, UUID parcelId, int itemCount,
			List<ReturnTimeline.MilestoneItem> items) {

	}

	private static boolean departed(String loadStatus) {
		return switch (loadStatus) {
			case "IN_TRANSIT", "ARRIVED", "RECEIVED" -> true;
			default -> false;
		};
	}

	/**
	 * The latest events that reached the return, oldest first: those on its parcels and
	 * those they inherit through the units and loads they were inside (as
	 * {@link TrackingTimeline} reads them for one parcel), each once.
	 */
	private List<TrackingEvent> events(UUID returnId) {
		List<TrackingEvent> latest = jdbc.sql("""
				with parcels as (select p.id from parcel p where p.return_id = :id),
				hits as (
				    select e.id as hit_id, null::uuid as through_id, null::text as through_kind
				    from tracking_event e where e.parcel_id in (select id from parcels)
				    union all
				    select t.event_id, t.through_id, t.through_kind
				    from parcels p cross join lateral tracking_inherited(p.id) t),
				once as (select distinct on (hit_id) hit_id, through_id, through_kind from hits
				         order by hit_id, through_id nulls first, through_kind)
				select\s""" + TrackingEvents.COLUMNS + """
				, h.through_id, h.through_kind
				from tracking_event join once h on h.hit_id = tracking_event.id
				order by event_time desc, record_time desc, seq desc limit :limit""")
			.param("id", returnId)
			.param("limit", EVENTS)
			.query((rs, row) -> {
				String kind = rs.getString("through_kind");
				return TrackingEvents.event(rs)
					.through((kind != null) ? SubjectKind.valueOf(kind) : null, rs.getObject("through_id", UUID.class));
			})
			.list();
		List<TrackingEvent> ordered = new ArrayList<>(latest);
		Collections.reverse(ordered);
		return ordered;
	}

	private static TrackingEvent publicView(TrackingEvent e) {
		return new TrackingEvent(e.uuid(), "", e.subjectKind(), e.subjectId(), e.bizStep(), e.disposition(),
				e.eventTime(), e.recordTime(), e.readPointHubId(), null, null, null, null, null, e.exception(), null,
				GlobalId.NONE, "", e.seq(), e.throughKind(), e.throughId());
	}

}
