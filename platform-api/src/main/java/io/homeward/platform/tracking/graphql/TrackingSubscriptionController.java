package io.homeward.platform.tracking.graphql;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tracking.LoadUpdate;
import io.homeward.platform.tracking.ReturnUpdate;
import io.homeward.platform.tracking.TrackingSubscriptions;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code returnUpdates} and {@code loadUpdates}. The subscriber is the tenant the
 * WebSocket connection authenticated as (its {@code connection_init} token); an id of
 * another type, a missing object and one the subscriber may not see are all refused alike
 * with NOT_FOUND ({@link SubscriptionRefusal}), before anything is streamed.
 */
@Controller
class TrackingSubscriptionController {

	private final TrackingSubscriptions subscriptions;

	TrackingSubscriptionController(TrackingSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@SubscriptionMapping
	Flux<ReturnUpdate> returnUpdates(@Argument String returnId) {
		return GlobalId.decode(returnId, ReturnOrder.TYPE)
			.flatMap(subscriptions::returnUpdates)
			.orElseGet(() -> Flux.error(new SubscriptionRefusal("returnId", "No such return")));
	}

	@SubscriptionMapping
	Flux<LoadUpdate> loadUpdates(@Argument String loadId) {
		return GlobalId.decode(loadId, Load.TYPE)
			.flatMap(subscriptions::loadUpdates)
			.orElseGet(() -> Flux.error(new SubscriptionRefusal("loadId", "No such load")));
	}

	@SchemaMapping(typeName = "ReturnUpdate")
	String returnId(ReturnUpdate update) {
		return GlobalId.encode(ReturnOrder.TYPE, update.returnId());
	}

	@SchemaMapping(typeName = "LoadUpdate")
	String loadId(LoadUpdate update) {
		return GlobalId.encode(Load.TYPE, update.loadId());
	}

}
