package io.homeward.platform.pricing.graphql;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.pricing.LaneQuote;
import io.homeward.platform.pricing.Quotes;
import io.homeward.platform.shared.graphql.Batches;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class LaneQuoteController {

	private static final String TYPE = "LaneQuote";

	private final Quotes quotes;

	private final NetworkCatalog network;

	LaneQuoteController(Quotes quotes, NetworkCatalog network) {
		this.quotes = quotes;
		this.network = network;
	}

	@QueryMapping
	LaneQuotePayload laneQuote(@Argument LaneQuoteInput input) {
		return LaneQuotePayload.of(quotes.quote(input.toRequest()));
	}

	@BatchMapping(typeName = TYPE)
	Map<LaneQuote, Lane> lane(List<LaneQuote> quotes) {
		return Batches.join(quotes, LaneQuote::pooledLaneId,
				network.lanesByIds(Batches.keys(quotes, LaneQuote::pooledLaneId)));
	}

	@BatchMapping(typeName = TYPE)
	Map<LaneQuote, Lane> standAloneLane(List<LaneQuote> quotes) {
		return Batches.join(quotes, LaneQuote::standAloneLaneId,
				network.lanesByIds(Batches.keys(quotes, LaneQuote::standAloneLaneId)));
	}

	@SchemaMapping(typeName = TYPE)
	BigDecimal chargeableWeightKg(LaneQuote quote) {
		return quote.pooled().chargeableKg();
	}

}
