package io.homeward.platform.tenancy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organization claim as Keycloak's membership mapper writes it, and every shape that
 * names no single organization.
 */
class TokenOrganizationTests {

	private static final Map<String, Object> ACME = Map.of("homeward_id",
			List.of("22222222-2222-4222-8222-222222222222"), "homeward_kind", List.of("SHIPPER"));

	@Test
	void oneMembershipNamesItsOrganization() {
		assertThat(TokenOrganization.of(Map.of("acme-outdoor", ACME)))
			.contains(new TokenOrganization("22222222-2222-4222-8222-222222222222", "SHIPPER"));
	}

	@Test
	void severalMembershipsNameNone() {
		Map<String, Object> globex = Map.of("homeward_id", List.of("33333333-3333-4333-8333-333333333333"),
				"homeward_kind", List.of("SHIPPER"));
		assertThat(TokenOrganization.of(Map.of("acme-outdoor", ACME, "globex-electronics", globex))).isEmpty();
	}

	@Test
	void anythingElseNamesNone() {
		assertThat(TokenOrganization.of(null)).isEmpty();
		assertThat(TokenOrganization.of(Map.of())).isEmpty();
		// The mapper's plain form: aliases only, no attributes.
		assertThat(TokenOrganization.of(List.of("acme-outdoor"))).isEmpty();
		assertThat(TokenOrganization.of(Map.of("acme-outdoor", Map.of()))).isEmpty();
		assertThat(TokenOrganization.of(Map.of("acme-outdoor", "22222222-2222-4222-8222-222222222222"))).isEmpty();
		// An attribute with two values is ambiguous.
		assertThat(TokenOrganization.of(Map.of("acme-outdoor",
				Map.of("homeward_id",
						List.of("22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333333"),
						"homeward_kind", List.of("SHIPPER")))))
			.isEmpty();
		assertThat(TokenOrganization
			.of(Map.of("acme-outdoor", Map.of("homeward_id", List.of(1), "homeward_kind", List.of("SHIPPER")))))
			.isEmpty();
	}

}
