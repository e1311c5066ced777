package io.homeward.platform.tracking;

/**
 * What a shipper's webhook endpoint subscribes to (docs/domain/tracking.md, "Webhooks").
 */
public enum WebhookEventType {

	/** A load with the shipper's parcels was dispatched: its own parcels only. */
	LOAD_DISPATCHED,
	/** A load was received and some of the shipper's parcels were MISSING or DAMAGED. */
	LOAD_DISCREPANCY,
	/** A milestone of one of the shipper's returns (enqueued by the events part). */
	MILESTONE

}
