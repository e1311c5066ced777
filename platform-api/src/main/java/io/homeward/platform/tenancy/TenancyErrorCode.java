package io.homeward.platform.tenancy;

import io.homeward.platform.shared.ErrorCode;

/** Failures of the tenancy module's services, declared in {@code tenancy.graphqls}. */
public enum TenancyErrorCode implements ErrorCode {

	/** The idempotency key was used before with a different input. */
	IDEMPOTENCY_KEY_REUSED

}
