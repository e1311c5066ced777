package io.homeward.platform.tenancy;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.Api;
import io.homeward.platform.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ViewerIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyUserIsTheirTokensOrganizationAndNoOther() {
		Map<String, List<String>> expected = Map.of("acme", List.of("Acme Outdoor", "SHIPPER"), "globex",
				List.of("Globex Electronics", "SHIPPER"), "operator", List.of("Homeward Hub Ops", "OPERATOR"),
				"carrier", List.of("Rapid Freight", "CARRIER"));
		expected.forEach((user, organization) -> {
			DocumentContext viewer = Api.as(port, user)
				.execute("{ viewer { username roles organization { name kind } } }")
				.data();
			assertThat(viewer.read("$.data.viewer.username", String.class)).isEqualTo(user);
			assertThat(viewer.read("$.data.viewer.organization.name", String.class)).isEqualTo(organization.get(0));
			assertThat(viewer.read("$.data.viewer.organization.kind", String.class)).isEqualTo(organization.get(1));
			assertThat(viewer.read("$.data.viewer.roles", List.class)).containsExactly("org-admin", "org-member");
		});
	}

	@Test
	void protectedResourceMetadataNamesTheRealm() {
		String body = Api.anonymous(port).get("/.well-known/oauth-protected-resource").body();
		DocumentContext metadata = com.jayway.jsonpath.JsonPath.parse(body);
		assertThat(metadata.read("$.authorization_servers", List.class))
			.containsExactly(LocalServices.shared().keycloak().issuer());
		assertThat(metadata.read("$.tls_client_certificate_bound_access_tokens", Boolean.class)).isFalse();
		assertThat(metadata.read("$.resource_name", String.class)).isEqualTo("Homeward API");
	}

}
