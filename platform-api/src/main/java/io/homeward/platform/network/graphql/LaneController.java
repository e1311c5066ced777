package io.homeward.platform.network.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.Lane;
import io.homeward.platform.network.LaneAdministration;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class LaneController implements NodeResolver {

	private final NetworkCatalog catalog;

	private final Organizations organizations;

	private final LaneAdministration administration;

	LaneController(NetworkCatalog catalog, Organizations organizations, LaneAdministration administration) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.administration = administration;
	}

	@QueryMapping
	Connection<Lane> lanes(PageRequest page) {
		return Connection.of(catalog.lanes(page), page, catalog::laneCount);
	}

	@MutationMapping
	LaneCreatePayload laneCreate(@Argument LaneCreateInput input) {
		return LaneCreatePayload.of(administration.create(input.toCommand()));
	}

	@MutationMapping
	LaneUpdatePayload laneUpdate(@Argument LaneUpdateInput input) {
		return LaneUpdatePayload.of(administration.update(input.toCommand()));
	}

	@SchemaMapping(typeName = Lane.TYPE)
	String id(Lane lane) {
		return GlobalId.encode(Lane.TYPE, lane.uuid());
	}

	@BatchMapping(typeName = Lane.TYPE)
	Map<Lane, Hub> origin(List<Lane> lanes) {
		return hubs(lanes, Lane::originHubId);
	}

	@BatchMapping(typeName = Lane.TYPE)
	Map<Lane, Hub> destination(List<Lane> lanes) {
		return hubs(lanes, Lane::destinationHubId);
	}

	@BatchMapping(typeName = Lane.TYPE)
	Map<Lane, Organization> carrier(List<Lane> lanes) {
		Map<UUID, Organization> byId = organizations.byIds(lanes.stream().map(Lane::carrierId).distinct().toList());
		return Batches.join(lanes, Lane::carrierId, byId);
	}

	private Map<Lane, Hub> hubs(List<Lane> lanes, Function<Lane, UUID> hubId) {
		return Batches.join(lanes, hubId, catalog.hubsByIds(Batches.keys(lanes, hubId)));
	}

	@Override
	public String type() {
		return Lane.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return catalog.lane(id);
	}

}
