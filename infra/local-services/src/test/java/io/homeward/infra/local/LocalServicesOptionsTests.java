package io.homeward.infra.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalServicesOptionsTests {

	@Test
	void keycloakStartsInTheBackgroundOnlyOnAFixedPortBecauseAFreeOneMayHaveToBeChosenAgain() {
		assertThat(new LocalServicesOptions(5433, 6380, 8180, LocalServicesOptions.Mode.EMBEDDED, true)
			.keycloakInBackground()).isTrue();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LocalServicesOptions(0, 0, 0, LocalServicesOptions.Mode.EMBEDDED, true))
			.withMessageContaining("fixed port");
	}

	@Test
	void theTestSuitesOptionsWaitForKeycloakAndTheDemoLauncherAsksForTheBackgroundBySystemProperty() {
		assertThat(LocalServicesOptions.ephemeral().keycloakInBackground()).isFalse();
		assertThat(LocalServicesOptions.demo().keycloakInBackground()).isFalse();
		String before = System.getProperty("homeward.local.keycloak-in-background");
		System.setProperty("homeward.local.keycloak-port", "8180");
		System.setProperty("homeward.local.keycloak-in-background", "true");
		try {
			assertThat(LocalServicesOptions.fromSystemProperties().keycloakInBackground()).isTrue();
		}
		finally {
			System.clearProperty("homeward.local.keycloak-port");
			if (before == null) {
				System.clearProperty("homeward.local.keycloak-in-background");
			}
			else {
				System.setProperty("homeward.local.keycloak-in-background", before);
			}
		}
	}

}
