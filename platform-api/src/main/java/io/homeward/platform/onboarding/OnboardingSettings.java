package io.homeward.platform.onboarding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code homeward.onboarding.*}: how the platform reaches Keycloak's admin API.
 *
 * @param keycloakUrl Keycloak's base URL (the issuer without {@code /realms/...})
 * @param realm the realm the platform's organizations and users live in
 * @param clientId a confidential client of that realm whose service account holds the
 * realm-management roles manage-users, view-users, query-users, manage-realm and
 * view-realm, and nothing else
 * @param clientSecret that client's secret; required, no default (the local launcher sets
 * the development realm's)
 */
@ConfigurationProperties("homeward.onboarding")
record OnboardingSettings(String keycloakUrl, @DefaultValue("homeward") String realm,
		@DefaultValue("homeward-provisioner") String clientId, String clientSecret) {

}
