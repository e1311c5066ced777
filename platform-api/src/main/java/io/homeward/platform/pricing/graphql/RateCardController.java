package io.homeward.platform.pricing.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.pricing.RateCard;
import io.homeward.platform.pricing.RateCards;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.NodeResolver;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RateCardController implements NodeResolver {

	private final RateCards rateCards;

	private final NetworkCatalog network;

	RateCardController(RateCards rateCards, NetworkCatalog network) {
		this.rateCards = rateCards;
		this.network = network;
	}

	@QueryMapping
	List<RateCard> rateCards(@Argument String laneId) {
		return rateCards.ofLane(GlobalId.decodeOrNone(laneId, Lane.TYPE));
	}

	@MutationMapping
	RateCardPublishPayload rateCardPublish(@Argument RateCardPublishInput input) {
		return RateCardPublishPayload.of(rateCards.publish(input.toCommand()));
	}

	@SchemaMapping(typeName = RateCard.TYPE)
	String id(RateCard card) {
		return GlobalId.encode(RateCard.TYPE, card.uuid());
	}

	@BatchMapping(typeName = RateCard.TYPE)
	Map<RateCard, Lane> lane(List<RateCard> cards) {
		return Batches.join(cards, RateCard::laneId, network.lanesByIds(Batches.keys(cards, RateCard::laneId)));
	}

	@Override
	public String type() {
		return RateCard.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return rateCards.byId(id);
	}

}
