package io.homeward.platform.tenancy.graphql;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.graphql.NodeResolver;
import io.homeward.platform.shared.graphql.RowlessQueryFields;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController implements NodeResolver {

	private final Organizations organizations;

	ViewerController(Organizations organizations) {
		this.organizations = organizations;
	}

	record Viewer(String userId, String username, List<String> roles, UUID orgId) {
	}

	@QueryMapping
	Viewer viewer() {
		Tenant tenant = TenantContext.require();
		return new Viewer(tenant.userId(), tenant.username(), tenant.roles().stream().sorted().toList(),
				tenant.orgId());
	}

	@SchemaMapping
	Organization organization(Viewer viewer) {
		return organizations.own();
	}

	@SchemaMapping(typeName = Organization.TYPE)
	String id(Organization organization) {
		return GlobalId.encode(Organization.TYPE, organization.uuid());
	}

	/**
	 * {@code viewer} and everything under it come from the token and the sign-in check.
	 */
	@Bean
	static RowlessQueryFields viewerReadsNoRows() {
		return () -> Set.of("viewer");
	}

	@Override
	public String type() {
		return Organization.TYPE;
	}

	@Override
	public Optional<?> resolve(UUID id) {
		return organizations.byId(id);
	}

}
