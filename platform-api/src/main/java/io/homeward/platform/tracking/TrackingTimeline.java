package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of a parcel, unit or load in event-time order (then record time, then
 * arrival), with those it inherits through containment: for a parcel or unit, the events
 * on the units and loads it was inside when each happened, from the aggregation events.
 * One statement per page, whatever its size. What the caller may read is the policies'
 * answer: a subject it cannot see has no events, like one that does not exist.
 */
@Service
public class TrackingTimeline {

	private final JdbcClient jdbc;

	TrackingTimeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Window<TrackingEvent> events(UUID subjectId, PageRequest page) {
		@Nullable Cursor after = after(page);
		String keyset = (after != null) ? " and (event_time, record_time, seq) > (:afterTime, :afterRecord, :afterSeq)"
				: "";
		var sql = jdbc.sql("""
				with subject as (
				    select 1 from parcel where id = :subject
				    union all select 1 from unit_parcel where parcel_id = :subject
				    union all select 1 from handling_unit where id = :subject
				    union all select 1 from load where id = :subject),
				hits as (
				    select e.id as hit_id, null::uuid as through_id, null::text as through_kind
				    from tracking_event e
				    where e.parcel_id = :subject or e.unit_id = :subject or e.load_id = :subject
				    union all
				    select t.event_id, t.through_id, t.through_kind from tracking_inherited(:subject) t)
				select\s""" + TrackingEvents.COLUMNS + """
				, h.through_id, h.through_kind
				from tracking_event join hits h on h.hit_id = tracking_event.id
				where exists (select 1 from subject)""" + keyset + """
				order by event_time, record_time, seq limit :limit""")
			.param("subject", subjectId)
			.param("limit", page.fetchSize());
		if (after != null) {
			sql = sql.param("afterTime", after.eventTime())
				.param("afterRecord", after.recordTime())
				.param("afterSeq", after.seq());
		}
		List<TrackingEvent> rows = sql.query((rs, row) -> {
			String kind = rs.getString("through_kind");
			return TrackingEvents.event(rs)
				.through((kind != null) ? SubjectKind.valueOf(kind) : null, rs.getObject("through_id", UUID.class));
		}).list();
		return page.window(rows, (event) -> Map.of("eventTime", event.eventTime().toString(), "recordTime",
				event.recordTime().toString(), "seq", event.seq()));
	}

	private record Cursor(OffsetDateTime eventTime, OffsetDateTime recordTime, long seq) {

	}

	private static @Nullable Cursor after(PageRequest page) {
		if (page.fromStart()) {
			return null;
		}
		try {
			return new Cursor(OffsetDateTime.parse(String.valueOf(page.after().get("eventTime"))),
					OffsetDateTime.parse(String.valueOf(page.after().get("recordTime"))),
					Long.parseLong(String.valueOf(page.after().get("seq"))));
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException("after", "after is not a cursor from this connection");
		}
	}

}
