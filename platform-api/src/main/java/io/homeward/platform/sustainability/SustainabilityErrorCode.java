package io.homeward.platform.sustainability;

import io.homeward.platform.shared.ErrorCode;

/** Refusals of the sustainability module, declared in {@code sustainability.graphqls}. */
enum SustainabilityErrorCode implements ErrorCode {

	/**
	 * The load is received: its leg is measured, and a distance given now would not be.
	 */
	LOAD_ALREADY_RECEIVED

}
