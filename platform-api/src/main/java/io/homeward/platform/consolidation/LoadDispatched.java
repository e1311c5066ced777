package io.homeward.platform.consolidation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A load was dispatched: published inside the dispatching transaction, so that a listener
 * running synchronously (tracking's webhook outbox) commits or rolls back with the
 * dispatch itself. Carries the manifest as the operator reads it; each listener picks out
 * what it may pass on to whom.
 *
 * @param load the load, as dispatched
 * @param dispatchedAt when
 * @param parcels every parcel on the load's manifest, of every shipper
 */
public record LoadDispatched(Load load, OffsetDateTime dispatchedAt, List<LoadParcel> parcels) {

	public LoadDispatched {
		parcels = List.copyOf(parcels);
	}

}
