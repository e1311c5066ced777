package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A return's status as it follows from its milestones and events (read by
 * {@link ReturnTimelines}).
 *
 * @param returnId the return
 * @param stage where the return stands as a whole
 * @param eta when it is expected at the destination hub; null when {@code etaBasis} is
 * UNKNOWN
 * @param etaBasis what the expected arrival rests on
 * @param openException the latest exception reported on the return's events and not
 * superseded by a later milestone, or null
 * @param milestones the milestones reached, per parcel, in the order reached
 * @param events the latest events that reached the return (at most
 * {@link ReturnTimelines#EVENTS}), in event-time order
 */
public record ReturnTimeline(UUID returnId, ReturnStage stage, @Nullable OffsetDateTime eta, EtaBasis etaBasis,
		@Nullable TrackingExceptionKind openException, List<Milestone> milestones, List<TrackingEvent> events) {

	public ReturnTimeline {
		milestones = List.copyOf(milestones);
		events = List.copyOf(events);
	}

	/**
	 * A milestone reached by one parcel of the return.
	 *
	 * @param parcelId the parcel; null in the public detail
	 * @param itemCount how many of the return's lines it covers
	 * @param items those lines; empty in the public detail
	 */
	public record Milestone(MilestoneKind kind, OffsetDateTime reachedAt, @Nullable UUID parcelId, int itemCount,
			List<MilestoneItem> items) {

		public Milestone {
			items = List.copyOf(items);
		}

	}

	/** A line of the return a milestone covers (which lines: as when it was reached). */
	public record MilestoneItem(UUID itemId, int lineNumber, String sku, String description, int quantity) {

	}

}
