package io.homeward.platform.tracking;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What one instance tells every instance (through Redis) after a commit: the ids of the
 * events recorded, with what each subscription needs to tell whether the message may
 * concern it, or the id of a load whose status changed. Ids only: no event's content, no
 * status, nothing of the publisher's transaction. Each subscriber reads what it may see
 * of them again under its own binding, so a message, even a forged one, shows nobody
 * anything row-level security would not.
 *
 * @param events the events recorded, empty for a status change
 * @param loadChanged the load whose status changed, or null
 */
record TrackingNotice(List<Event> events, @Nullable UUID loadChanged) {

	TrackingNotice {
		events = List.copyOf(events);
	}

	/**
	 * One recorded event.
	 *
	 * @param id the event
	 * @param operator the operator of its subject (every return, unit and load it can
	 * reach is that operator's)
	 * @param load the load its subject was inside when recorded (the load itself for an
	 * event on a load), or null
	 * @param returnId the return of the parcel, for an event on a parcel; else null
	 */
	record Event(UUID id, UUID operator, @Nullable UUID load, @Nullable UUID returnId) {

	}

}
