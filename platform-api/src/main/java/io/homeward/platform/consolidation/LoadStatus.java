package io.homeward.platform.consolidation;

import java.util.Optional;

/**
 * Where a load stands, in the one order it moves: PLANNING → CLOSED → DISPATCHED →
 * IN_TRANSIT → ARRIVED → RECEIVED. Nothing moves back or skips a state.
 */
public enum LoadStatus {

	PLANNING, CLOSED, DISPATCHED, IN_TRANSIT, ARRIVED, RECEIVED;

	public Optional<LoadStatus> next() {
		LoadStatus[] all = values();
		return (ordinal() + 1 < all.length) ? Optional.of(all[ordinal() + 1]) : Optional.empty();
	}

	public boolean canMoveTo(LoadStatus target) {
		return next().filter(target::equals).isPresent();
	}

	/** Whether the load has left the origin hub: its shippers get an advance notice. */
	public boolean dispatched() {
		return ordinal() >= DISPATCHED.ordinal();
	}

}
