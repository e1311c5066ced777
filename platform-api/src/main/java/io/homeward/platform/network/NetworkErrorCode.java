package io.homeward.platform.network;

import io.homeward.platform.shared.ErrorCode;

/**
 * Failures of the network's rules: memberships and what a program admits. Declared in
 * {@code network.graphqls} as an extension of {@code UserErrorCode}.
 */
public enum NetworkErrorCode implements ErrorCode {

	/** An active membership of the program is required. */
	NOT_A_MEMBER,
	/** The program takes no new members or returns. */
	PROGRAM_CLOSED,
	/** The program does not take this class of goods. */
	GOODS_NOT_ACCEPTED,
	/** No lane of the program collects from there. */
	ORIGIN_NOT_SERVED

}
