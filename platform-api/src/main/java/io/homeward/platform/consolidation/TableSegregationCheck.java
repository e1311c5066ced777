package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.UnNumber;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The segregation table as the packing check: what is packed is checked alone, then with
 * everything already travelling with it, then the lithium of all of them against the
 * lane's limits. The refusal names its rule and the rule's source, so that a hub worker
 * can look it up.
 */
@Component
class TableSegregationCheck implements SegregationCheck {

	/**
	 * Goods in no load yet travel on no lane: lithium is checked when their unit joins a
	 * load.
	 */
	private static final LaneLimits NO_LANE_YET = new LaneLimits(true, new BigDecimal("9999999.999"));

	private final Segregation segregation = Segregation.standard();

	private final NetworkCatalog network;

	TableSegregationCheck(NetworkCatalog network) {
		this.network = network;
	}

	@Override
	public Optional<UserError> check(@Nullable UUID laneId, List<Goods> packed, List<Goods> alreadyTogether) {
		LaneLimits limits = NO_LANE_YET;
		if (laneId != null) {
			// The load's lane is the operator's own: it reads it.
			Lane lane = network.lane(laneId).orElseThrow();
			limits = new LaneLimits(lane.acceptsLithium(), lane.lithiumMaxKg());
		}
		// What is packed comes first, so that a refusal names it rather than what was
		// there before.
		List<Packable> contents = new ArrayList<>();
		packed.forEach((goods) -> contents.add(packable(goods)));
		alreadyTogether.forEach((goods) -> contents.add(packable(goods)));
		return segregation.mayShare(contents, limits)
			.map((refusal) -> UserError.of("", ConsolidationErrorCode.SEGREGATION_VIOLATED,
					refusal.reason() + ": " + refusal.message() + " (" + refusal.source() + ")"));
	}

	private Packable packable(Goods goods) {
		List<HazardousItem> items = goods.unNumbers()
			.stream()
			.map((number) -> new HazardousItem(new UnNumber(number), BigDecimal.ZERO))
			.toList();
		DangerousGoods classified = segregation.table().classify(items);
		return new Packable("parcel " + goods.parcelId(), new DangerousGoods(classified.classes(),
				classified.unNumbers(), classified.unclassified(), goods.lithiumKg()));
	}

}
