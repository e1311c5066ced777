package io.homeward.platform.network.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.shared.graphql.Connection;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.graphql.PageRequest;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class HubController implements NodeResolver {

	private final NetworkCatalog catalog;

	private final Organizations organizations;

	HubController(NetworkCatalog catalog, Organizations organizations) {
		this.catalog = catalog;
		this.organizations = organizations;
	}

	@QueryMapping
	Connection<Hub> hubs(PageRequest page) {
		return Connection.of(catalog.hubs(page), page, catalog::hubCount);
	}

	@SchemaMapping(typeName = Hub.TYPE)
	String id(Hub hub) {
		return GlobalId.encode(Hub.TYPE, hub.uuid());
	}

	@BatchMapping(typeName = Hub.TYPE)
	Map<Hub, Organization> operator(List<Hub> hubs) {
		Map<UUID, Organization> byId = organizations.byIds(hubs.stream().map(Hub::operatorId).distinct().toList());
		return Batches.join(hubs, Hub::operatorId, byId);
	}

	@Override
	public String type() {
		return Hub.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return catalog.hub(id);
	}

}
