package io.homeward.platform.onboarding;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.homeward.platform.shared.graphql.SelfKeyedMutationFields;
import io.homeward.platform.tenancy.OrganizationRegistry;
import jakarta.ws.rs.client.ClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnboardingSettings.class)
class OnboardingConfiguration {

	/**
	 * Keycloak's admin API as the provisioner's service account, with timeouts: a
	 * Keycloak that hangs fails the step (and the command, which a retry resumes) instead
	 * of holding the request.
	 */
	@Bean(destroyMethod = "close")
	Keycloak onboardingKeycloak(OnboardingSettings settings) {
		return KeycloakBuilder.builder()
			.serverUrl(settings.keycloakUrl())
			.realm(settings.realm())
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret())
			.resteasyClient(ClientBuilder.newBuilder()
				.connectTimeout(2, TimeUnit.SECONDS)
				.readTimeout(10, TimeUnit.SECONDS)
				.build())
			.build();
	}

	@Bean
	Onboarding onboarding(Keycloak onboardingKeycloak, OnboardingSettings settings, OrganizationRegistry registry,
			JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<OnboardingCheckpoint> checkpoint) {
		return new Onboarding(new KeycloakOrganizations(onboardingKeycloak, settings.realm()), registry,
				new OnboardingRequests(jdbc, transactions), checkpoint.getIfAvailable(() -> (step) -> {
				}));
	}

	/**
	 * organizationCreate carries an idempotency key but keeps it itself: its steps reach
	 * Keycloak, which no database transaction around the field could cover.
	 */
	@Bean
	SelfKeyedMutationFields onboardingMutations() {
		return () -> Set.of("organizationCreate");
	}

}
