package io.homeward.platform.onboarding;

/**
 * Called between the steps of onboarding, where a crash, a timeout or a Keycloak outage
 * can stop a command halfway. None is declared in production; the tests declare one that
 * fails at a chosen step, to show that a retry finishes what the first attempt began.
 */
@FunctionalInterface
interface OnboardingCheckpoint {

	enum Step {

		/**
		 * The platform's record of the organization (PROVISIONING) and of the request.
		 */
		PLATFORM_RECORDED,

		/** The Keycloak organization. */
		KEYCLOAK_ORGANIZATION,

		/** The first admin's account, membership and roles. */
		KEYCLOAK_ADMIN,

		/** organizationDisable: the platform's side. */
		PLATFORM_DISABLED

	}

	void reached(Step step);

}
