package io.homeward.platform.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.graphql.InvalidArgumentException;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shipper's deliveries, newest first, with their attempts, and their replay. Row-level
 * security keeps them to the shipper; the queries add no tenant filter of their own.
 */
@Service
public class WebhookDeliveries {

	private static final String COLUMNS = """
			id, endpoint_id, event_id, event_type, payload::text as payload, state, attempts, created_at,
			next_attempt_at, delivered_at, replay_of""";

	private final JdbcClient jdbc;

	WebhookDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Window<WebhookDelivery> list(@Nullable UUID endpointId, PageRequest page) {
		TenantContext.require();
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from webhook_delivery where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (endpointId != null) {
			sql.append(" and endpoint_id = :endpoint");
			params.put("endpoint", endpointId);
		}
		if (!page.fromStart()) {
			try {
				params.put("afterAt", OffsetDateTime.parse(String.valueOf(page.after().get("createdAt"))));
				params.put("afterId", UUID.fromString(String.valueOf(page.after().get("id"))));
			}
			catch (RuntimeException ex) {
				throw new InvalidArgumentException("after", "after is not a cursor from this connection");
			}
			sql.append(" and (created_at, id) < (:afterAt, :afterId)");
		}
		sql.append(" order by created_at desc, id desc limit :limit");
		params.put("limit", page.fetchSize());
		List<WebhookDelivery> rows = jdbc.sql(sql.toString()).params(params).query((rs, row) -> delivery(rs)).list();
		return page.window(rows, (d) -> Map.of("createdAt", d.createdAt().toString(), "id", d.uuid()));
	}

	/** The attempts of each delivery, oldest first, in one statement. */
	@Transactional(readOnly = true)
	public Map<UUID, List<WebhookDelivery.Attempt>> attempts(Collection<UUID> deliveryIds) {
		Map<UUID, List<WebhookDelivery.Attempt>> byDelivery = new LinkedHashMap<>();
		jdbc.sql("""
				select delivery_id, attempted_at, status_code, duration_ms, error from webhook_attempt
				where delivery_id = any(:ids) order by delivery_id, attempted_at, id""")
			.param("ids", deliveryIds.toArray(UUID[]::new))
			.query((rs, row) -> new WebhookDelivery.Attempt(rs.getObject("delivery_id", UUID.class),
					rs.getObject("attempted_at", OffsetDateTime.class), rs.getObject("status_code", Integer.class),
					rs.getInt("duration_ms"), rs.getString("error")))
			.list()
			.forEach((a) -> byDelivery.computeIfAbsent(a.deliveryId(), (id) -> new java.util.ArrayList<>()).add(a));
		return byDelivery;
	}

	/**
	 * Enqueues the delivery's event again to the same endpoint: a new delivery with the
	 * same event id and the same body, so a receiver that saw the first one can tell. Any
	 * member of the shipper may replay (it only resends what the shipper was sent).
	 */
	@Transactional
	public Outcome<WebhookDelivery> replay(UUID deliveryId) {
		TenantContext.require();
		List<WebhookDelivery> found = byIds(List.of(deliveryId));
		if (found.isEmpty()) {
			return Outcome.refused("deliveryId", CommonErrorCode.NOT_FOUND, "No such webhook delivery");
		}
		Boolean enabled = jdbc.sql("select status = 'ENABLED' from webhook_endpoint where id = :id")
			.param("id", found.getFirst().endpointId())
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(enabled)) {
			return Outcome.refused("deliveryId", WebhookErrorCode.WEBHOOK_ENDPOINT_DISABLED,
					"The delivery's endpoint is disabled; enable it first");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into webhook_delivery (shipper_id, id, endpoint_id, event_id, event_type, payload, state, attempts,
						                              next_attempt_at, created_at, replay_of)
						select shipper_id, :id, endpoint_id, event_id, event_type, payload, 'PENDING', 0, now(), now(), id
						from webhook_delivery where id = :original""")
			.param("id", id)
			.param("original", deliveryId)
			.update();
		return Outcome.done(byIds(List.of(id)).getFirst());
	}

	@Transactional(readOnly = true)
	public List<WebhookDelivery> byIds(List<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from webhook_delivery where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, row) -> delivery(rs))
			.list();
	}

	private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
		return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
				rs.getObject("event_id", UUID.class), WebhookEventType.valueOf(rs.getString("event_type")),
				rs.getString("payload"), rs.getString("state"), rs.getInt("attempts"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("next_attempt_at", OffsetDateTime.class),
				rs.getObject("delivered_at", OffsetDateTime.class), rs.getObject("replay_of", UUID.class));
	}

}
