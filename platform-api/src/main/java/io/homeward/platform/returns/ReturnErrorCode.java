package io.homeward.platform.returns;

import io.homeward.platform.shared.ErrorCode;

/** Failures only returns report, declared in {@code returns.graphqls}. */
public enum ReturnErrorCode implements ErrorCode {

	/** The return's status does not allow this change. */
	INVALID_TRANSITION

}
