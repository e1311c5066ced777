package io.homeward.platform.tracking.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tracking.CreatedEndpoint;
import io.homeward.platform.tracking.WebhookDeliveries;
import io.homeward.platform.tracking.WebhookDelivery;
import io.homeward.platform.tracking.WebhookEndpoint;
import io.homeward.platform.tracking.WebhookEndpointCreate;
import io.homeward.platform.tracking.WebhookEndpoints;
import io.homeward.platform.tracking.WebhookEventType;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class WebhookController {

	private final WebhookEndpoints endpoints;

	private final WebhookDeliveries deliveries;

	WebhookController(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
	}

	record CreateInput(String idempotencyKey, String url, @Nullable List<WebhookEventType> eventTypes,
			@Nullable String description) {

	}

	record EndpointInput(String endpointId) {

	}

	record ReplayInput(String deliveryId) {

	}

	record CreatePayload(@Nullable WebhookEndpoint endpoint, @Nullable String secret, List<UserError> userErrors) {

	}

	record EndpointPayload(@Nullable WebhookEndpoint endpoint, List<UserError> userErrors) {

	}

	record DeliveryPayload(@Nullable WebhookDelivery delivery, List<UserError> userErrors) {

	}

	@QueryMapping
	List<WebhookEndpoint> webhookEndpoints() {
		return endpoints.list();
	}

	@QueryMapping
	Connection<WebhookDelivery> webhookDeliveries(PageRequest page, @Argument @Nullable String endpointId) {
		UUID endpoint = (endpointId == null) ? null : GlobalId.decodeOrNone(endpointId, WebhookEndpoint.TYPE);
		// Counting is not offered: the connection's totalCount is not in the schema.
		return Connection.of(deliveries.list(endpoint, page), page, () -> 0L);
	}

	@MutationMapping
	CreatePayload webhookEndpointCreate(@Argument CreateInput input) {
		Outcome<CreatedEndpoint> outcome = endpoints.create(new WebhookEndpointCreate(input.idempotencyKey(),
				input.url(), input.eventTypes(), input.description()));
		CreatedEndpoint created = outcome.valueOrNull();
		return new CreatePayload((created == null) ? null : created.endpoint(),
				(created == null) ? null : created.secret(), underInput(outcome));
	}

	@MutationMapping
	EndpointPayload webhookEndpointDisable(@Argument EndpointInput input) {
		Outcome<WebhookEndpoint> outcome = endpoints.disable(endpoint(input.endpointId()));
		return new EndpointPayload(outcome.valueOrNull(), underInput(outcome));
	}

	@MutationMapping
	EndpointPayload webhookEndpointEnable(@Argument EndpointInput input) {
		Outcome<WebhookEndpoint> outcome = endpoints.enable(endpoint(input.endpointId()));
		return new EndpointPayload(outcome.valueOrNull(), underInput(outcome));
	}

	@MutationMapping
	DeliveryPayload webhookDeliveryReplay(@Argument ReplayInput input) {
		Outcome<WebhookDelivery> outcome = deliveries
			.replay(GlobalId.decodeOrNone(input.deliveryId(), WebhookDelivery.TYPE));
		return new DeliveryPayload(outcome.valueOrNull(), underInput(outcome));
	}

	@SchemaMapping(typeName = "WebhookEndpoint")
	String id(WebhookEndpoint endpoint) {
		return GlobalId.encode(WebhookEndpoint.TYPE, endpoint.uuid());
	}

	@SchemaMapping(typeName = "WebhookDelivery", field = "id")
	String deliveryId(WebhookDelivery delivery) {
		return GlobalId.encode(WebhookDelivery.TYPE, delivery.uuid());
	}

	@SchemaMapping(typeName = "WebhookDelivery")
	String endpointId(WebhookDelivery delivery) {
		return GlobalId.encode(WebhookEndpoint.TYPE, delivery.endpointId());
	}

	@SchemaMapping(typeName = "WebhookDelivery")
	@Nullable String replayOf(WebhookDelivery delivery) {
		return (delivery.replayOf() == null) ? null : GlobalId.encode(WebhookDelivery.TYPE, delivery.replayOf());
	}

	@BatchMapping(typeName = "WebhookDelivery")
	Map<WebhookDelivery, List<WebhookDelivery.Attempt>> attempts(List<WebhookDelivery> page) {
		return Batches.joinLists(page, WebhookDelivery::uuid,
				deliveries.attempts(Batches.keys(page, WebhookDelivery::uuid)));
	}

	private static UUID endpoint(String id) {
		return GlobalId.decodeOrNone(id, WebhookEndpoint.TYPE);
	}

	private static List<UserError> underInput(Outcome<?> outcome) {
		return outcome.errors().stream().map((error) -> error.under("input")).toList();
	}

}
