package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A shipper's endpoint as its shipper reads it: never the secret.
 *
 * @param disabledNotice why the platform disabled it, when it did
 */
public record WebhookEndpoint(UUID uuid, String url, @Nullable String description, List<WebhookEventType> eventTypes,
		Status status, int consecutiveFailures, @Nullable String disabledNotice, @Nullable OffsetDateTime disabledAt,
		OffsetDateTime createdAt) {

	public static final String TYPE = "WebhookEndpoint";

	public enum Status {

		ENABLED, DISABLED

	}

}
