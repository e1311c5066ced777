package io.homeward.platform.returns;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a return stands. Forward: REQUESTED → APPROVED → IN_TRANSIT → RECEIVED → CLOSED.
 * A request may be DECLINED; a return may be CANCELED until it leaves. The last three
 * states are final.
 */
public enum ReturnStatus {

	REQUESTED, APPROVED, IN_TRANSIT, RECEIVED, CLOSED, DECLINED, CANCELED;

	public Set<ReturnStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(APPROVED, DECLINED, CANCELED);
			case APPROVED -> EnumSet.of(IN_TRANSIT, CANCELED);
			case IN_TRANSIT -> EnumSet.of(RECEIVED);
			case RECEIVED -> EnumSet.of(CLOSED);
			case CLOSED, DECLINED, CANCELED -> EnumSet.noneOf(ReturnStatus.class);
		};
	}

	public boolean canMoveTo(ReturnStatus target) {
		return next().contains(target);
	}

}
