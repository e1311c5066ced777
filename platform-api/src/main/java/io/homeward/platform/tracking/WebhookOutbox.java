package io.homeward.platform.tracking;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox of webhook deliveries: an event is enqueued in the transaction
 * of its effect, as one row per enabled endpoint of the shipper subscribed to its type,
 * and leaves only through {@link WebhookRelay} after that transaction committed. A
 * rolled-back effect enqueues nothing; a committed one is sent at least once.
 * <p>
 * The caller is usually not the shipper (the operator dispatching a load), so the rows
 * are written by the database function {@code webhook_enqueue}, which admits an operator
 * only for a shipper in one of its programs and never shows it the shipper's endpoints.
 * The events part calls {@link #enqueue} for {@link WebhookEventType#MILESTONE}.
 */
@Component
public class WebhookOutbox {

	private final JdbcClient jdbc;

	WebhookOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Enqueues one event for one shipper, in the caller's transaction.
	 * @param shipperId the shipper whose endpoints receive it
	 * @param type the event type endpoints subscribe to
	 * @param eventId the event's id, sent as {@code Homeward-Event-Id} (receivers dedupe
	 * on it)
	 * @param payload the JSON body as it will be signed and sent, holding only what that
	 * shipper may read
	 * @return the number of deliveries made (0 when the shipper subscribes no endpoint to
	 * the type)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int enqueue(UUID shipperId, WebhookEventType type, UUID eventId, String payload) {
		Integer made = jdbc.sql("select webhook_enqueue(:shipper, :type, :event, :payload)")
			.param("shipper", shipperId)
			.param("type", type.name())
			.param("event", eventId)
			.param("payload", payload)
			.query(Integer.class)
			.single();
		return (made == null) ? 0 : made;
	}

}
