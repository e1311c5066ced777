package io.homeward.platform.pricing.graphql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.pricing.LaneQuote;
import io.homeward.platform.pricing.ProgramPricings;
import io.homeward.platform.pricing.ProgramPricings.ProgramPricing;
import io.homeward.platform.pricing.ProgramPricings.ProgramPricingResult;
import io.homeward.platform.pricing.ProgramPricings.ProgramPricingUpdateInput;
import io.homeward.platform.pricing.LaneQuoteInput;
import io.homeward.platform.pricing.Quotes;
import io.homeward.platform.pricing.RateCard;
import io.homeward.platform.pricing.RateCardPublishInput;
import io.homeward.platform.pricing.RateCardResult;
import io.homeward.platform.pricing.RateCards;
import io.homeward.platform.pricing.QuoteResult;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RateCardController implements NodeResolver {

	private final RateCards rateCards;

	private final Quotes quotes;

	private final NetworkCatalog network;

	private final ProgramPricings programPricings;

	RateCardController(RateCards rateCards, Quotes quotes, NetworkCatalog network, ProgramPricings programPricings) {
		this.rateCards = rateCards;
		this.quotes = quotes;
		this.network = network;
		this.programPricings = programPricings;
	}

	record RateCardPublishPayload(@Nullable RateCard rateCard, List<UserError> userErrors) {
	}

	record LaneQuotePayload(@Nullable LaneQuote quote, List<UserError> userErrors) {
	}

	@QueryMapping
	List<RateCard> rateCards(@Argument String laneId) {
		return GlobalId.decode(laneId, Lane.TYPE).map(rateCards::ofLane).orElse(List.of());
	}

	@QueryMapping
	LaneQuotePayload laneQuote(@Argument LaneQuoteInput input) {
		QuoteResult result = quotes.quote(input);
		return new LaneQuotePayload(result.quote(), result.errors());
	}

	record ProgramPricingPayload(@Nullable ProgramPricing programPricing, List<UserError> userErrors) {
	}

	@MutationMapping
	ProgramPricingPayload programPricingUpdate(@Argument ProgramPricingUpdateInput input) {
		ProgramPricingResult result = programPricings.update(input);
		return new ProgramPricingPayload(result.programPricing(), result.errors());
	}

	@MutationMapping
	RateCardPublishPayload rateCardPublish(@Argument RateCardPublishInput input) {
		RateCardResult result = rateCards.publish(input);
		return new RateCardPublishPayload(result.rateCard(), result.errors());
	}

	@SchemaMapping(typeName = RateCard.TYPE)
	String id(RateCard card) {
		return GlobalId.encode(RateCard.TYPE, card.uuid());
	}

	@BatchMapping(typeName = RateCard.TYPE)
	Map<RateCard, Lane> lane(List<RateCard> cards) {
		return Batches.join(cards, RateCard::laneId, network.lanesByIds(Batches.keys(cards, RateCard::laneId)));
	}

	@SchemaMapping(typeName = "LaneQuote")
	Lane lane(LaneQuote quote) {
		return network.lane(quote.pooledLaneId()).orElseThrow();
	}

	@SchemaMapping(typeName = "LaneQuote")
	Lane standAloneLane(LaneQuote quote) {
		return network.lane(quote.standAloneLaneId()).orElseThrow();
	}

	@SchemaMapping(typeName = "LaneQuote")
	BigDecimal chargeableWeightKg(LaneQuote quote) {
		return quote.pooled().chargeableKg();
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
