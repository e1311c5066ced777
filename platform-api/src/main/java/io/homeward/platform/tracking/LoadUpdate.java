package io.homeward.platform.tracking;

import java.util.UUID;

import io.homeward.platform.consolidation.LoadStatus;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a load, as one subscriber may see it: a tracking event on
 * the load, on a unit or on a parcel while inside it ({@code event}), or a change of its
 * status ({@code event} null). {@code status} is the load's status when the update was
 * read.
 */
public record LoadUpdate(UUID loadId, @Nullable TrackingEvent event, LoadStatus status) {

}
