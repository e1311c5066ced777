package io.homeward.platform.customs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.rules.CsvTable;

import org.springframework.stereotype.Component;

/**
 * Where a load goes, country to country, and what follows: it is a transboundary shipment
 * of waste when its hubs are in different countries, and it crosses a customs border when
 * they are in different customs territories ({@link CustomsTerritories}). The two differ:
 * a load from Madrid to Rotterdam crosses no customs border but does go from one Member
 * State to another. The territory table is read once, when the application starts.
 */
@Component
class Routes {

	/** The countries of a load's origin and destination hubs. */
	record Route(CountryCode from, CountryCode to) {

	}

	static final String UNION = "EU";

	private final NetworkCatalog network;

	private final CustomsTerritories territories = CustomsTerritories.read(CsvTable.resource(CustomsTerritories.TABLE));

	Routes(NetworkCatalog network) {
		this.network = network;
	}

	/** The load's route; empty when the reader cannot see one of its hubs. */
	Optional<Route> route(Load load) {
		Map<UUID, Hub> hubs = network.hubsByIds(List.of(load.originHubId(), load.destinationHubId()));
		Hub origin = hubs.get(load.originHubId());
		Hub destination = hubs.get(load.destinationHubId());
		if (origin == null || destination == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Route(new CountryCode(origin.countryCode()), new CountryCode(destination.countryCode())));
	}

	/**
	 * Whether the load goes from one country to another. A route the reader cannot see
	 * counts as one: the papers are asked rather than the load waved through.
	 */
	boolean transboundary(Load load) {
		return route(load).map((route) -> !route.from().equals(route.to())).orElse(true);
	}

	boolean crossesCustomsBorder(Route route) {
		return territories.crossesBorder(route.from(), route.to());
	}

	boolean crossesCustomsBorder(CountryCode from, CountryCode to) {
		return territories.crossesBorder(from, to);
	}

	/**
	 * Whether the country (any text: an MRN's letters, say) is in the Union's customs
	 * territory.
	 */
	boolean inUnion(String country) {
		return CountryCode.parse(country).map((code) -> territories.territoryOf(code).equals(UNION)).orElse(false);
	}

}
