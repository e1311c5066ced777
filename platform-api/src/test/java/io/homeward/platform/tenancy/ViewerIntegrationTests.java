package io.homeward.platform.tenancy;

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
	void viewerIsTheTokensOrganizationAndUser() {
		var acme = Api.as(port, "acme").execute("{ viewer { username roles organization { name kind } } }").data();
		assertThat(acme.read("$.data.viewer.username", String.class)).isEqualTo("acme");
		assertThat(acme.read("$.data.viewer.organization.name", String.class)).isEqualTo("Acme Outdoor");
		assertThat(acme.read("$.data.viewer.organization.kind", String.class)).isEqualTo("SHIPPER");
		assertThat(acme.read("$.data.viewer.roles", java.util.List.class)).contains("org-admin");
		var operator = Api.as(port, "operator").execute("{ viewer { organization { name kind } } }").data();
		assertThat(operator.read("$.data.viewer.organization.kind", String.class)).isEqualTo("OPERATOR");
	}

}
