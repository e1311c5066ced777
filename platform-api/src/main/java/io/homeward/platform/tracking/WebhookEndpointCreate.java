package io.homeward.platform.tracking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The command of {@code webhookEndpointCreate}, as the client sent it (validated by the
 * service).
 */
public record WebhookEndpointCreate(@Nullable String idempotencyKey, @Nullable String url,
		@Nullable List<WebhookEventType> eventTypes, @Nullable String description) {

}
