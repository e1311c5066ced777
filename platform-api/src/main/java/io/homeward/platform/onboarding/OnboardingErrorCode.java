package io.homeward.platform.onboarding;

import io.homeward.platform.shared.ErrorCode;

/** Failures of onboarding, declared in {@code onboarding.graphqls}. */
enum OnboardingErrorCode implements ErrorCode {

	/**
	 * Keycloak keeps organization names unique, and another organization has this one.
	 */
	ORGANIZATION_NAME_TAKEN,

	/** The person's account belongs to another organization; an account has one. */
	USER_IN_OTHER_ORGANIZATION,

	/** The organization is disabled: nothing more is done in it. */
	ORGANIZATION_DISABLED

}
