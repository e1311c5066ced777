package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadDispatched;
import io.homeward.platform.consolidation.LoadParcel;
import io.homeward.platform.consolidation.LoadReceived;
import io.homeward.platform.consolidation.ReceiptLine;
import io.homeward.platform.consolidation.ReceiptOutcome;
import io.homeward.platform.returns.Parcel;
import io.homeward.platform.shared.GlobalId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns consolidation's load events into webhook deliveries, synchronously, in the
 * transaction that dispatched or received the load (the outbox's guarantee). Each shipper
 * gets its own event, with its own id, built from its own parcels alone: never another
 * shipper's parcels, and no values (prices, invoices), which a dispatch notice does not
 * need.
 */
@Component
class ConsolidationWebhooks {

	private static final String PARCEL = Parcel.TYPE;

	private final WebhookOutbox outbox;

	private final JsonMapper json;

	ConsolidationWebhooks(WebhookOutbox outbox, JsonMapper json) {
		this.outbox = outbox;
		this.json = json;
	}

	@EventListener
	void dispatched(LoadDispatched event) {
		Map<UUID, List<LoadParcel>> byShipper = event.parcels()
			.stream()
			.collect(Collectors.groupingBy(LoadParcel::shipperId, LinkedHashMap::new, Collectors.toList()));
		byShipper.forEach((shipper, parcels) -> {
			UUID eventId = UUID.randomUUID();
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("load", load(event.load()));
			data.put("parcels", parcels.stream().map((parcel) -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("id", GlobalId.encode(PARCEL, parcel.parcelId()));
				line.put("reference", parcel.reference());
				line.put("weightKg", parcel.weightKg());
				return line;
			}).toList());
			outbox.enqueue(shipper, WebhookEventType.LOAD_DISPATCHED, eventId,
					body(eventId, WebhookEventType.LOAD_DISPATCHED, event.dispatchedAt(), data));
		});
	}

	@EventListener
	void received(LoadReceived event) {
		Map<UUID, List<ReceiptLine>> byShipper = event.lines()
			.stream()
			.filter((line) -> line.shipperId() != null && line.parcelId() != null)
			.filter((line) -> line.outcome() == ReceiptOutcome.MISSING || line.outcome() == ReceiptOutcome.DAMAGED)
			.collect(Collectors.groupingBy(ReceiptLine::shipperId, LinkedHashMap::new, Collectors.toList()));
		byShipper.forEach((shipper, lines) -> {
			UUID eventId = UUID.randomUUID();
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("load", load(event.load()));
			data.put("lines", lines.stream().map((line) -> {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("parcelId", GlobalId.encode(PARCEL, line.parcelId()));
				item.put("reference", line.reference());
				item.put("outcome", line.outcome().name());
				item.put("note", line.note());
				return item;
			}).toList());
			outbox.enqueue(shipper, WebhookEventType.LOAD_DISCREPANCY, eventId,
					body(eventId, WebhookEventType.LOAD_DISCREPANCY, event.receivedAt(), data));
		});
	}

	private static Map<String, Object> load(Load load) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", GlobalId.encode(Load.TYPE, load.uuid()));
		map.put("reference", load.reference());
		map.put("status", load.status().name());
		map.put("departureAt", load.departureAt().toString());
		// Grows with every change of the load: a receiver that gets two events of one
		// load out of order (a retry overtaking a later event) keeps the higher.
		map.put("version", load.version());
		return map;
	}

	private String body(UUID eventId, WebhookEventType type, OffsetDateTime at, Map<String, Object> data) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", eventId.toString());
		body.put("type", type.name());
		body.put("occurredAt", at.toString());
		body.put("data", data);
		return json.writeValueAsString(body);
	}

}
