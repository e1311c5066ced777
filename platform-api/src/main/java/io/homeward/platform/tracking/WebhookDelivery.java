package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One event to one endpoint, as its shipper reads it; its attempts are read in batches.
 */
public record WebhookDelivery(UUID uuid, UUID endpointId, UUID eventId, WebhookEventType eventType, String payload,
		String state, int attemptCount, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
		@Nullable OffsetDateTime deliveredAt, @Nullable UUID replayOf) {

	public static final String TYPE = "WebhookDelivery";

	/**
	 * One attempt: when, the HTTP status (null without an answer), how long, and why not.
	 */
	public record Attempt(UUID deliveryId, OffsetDateTime attemptedAt, @Nullable Integer statusCode, int durationMs,
			@Nullable String error) {

	}

}
