package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.homeward.platform.network.Hub;
import org.jspecify.annotations.Nullable;

/**
 * What anyone holding a return's tracking code may see of it: where it stands, when it
 * should arrive, what it reached and what happened on its way. It has no field for
 * anything personal or commercial (no customer, shipper, items, values, recorders,
 * reasons, readings, positions or ids), so nothing can leak through it by mistake
 * (docs/domain/tracking-public.md).
 *
 * @param trackingCode the code as the platform writes it
 * @param stage where the return stands
 * @param expectedArrival when it is expected at the destination hub, or null
 * @param expectedArrivalBasis what that rests on
 * @param exception the kind of the exception open on the return, or null
 * @param milestones each kind reached, once, in the order reached
 * @param events the latest events that reached it, in event-time order
 */
public record PublicReturnTrack(String trackingCode, ReturnStage stage, @Nullable OffsetDateTime expectedArrival,
		EtaBasis expectedArrivalBasis, @Nullable TrackingExceptionKind exception, List<Milestone> milestones,
		List<Event> events) {

	public PublicReturnTrack {
		milestones = List.copyOf(milestones);
		events = List.copyOf(events);
	}

	/**
	 * A milestone kind the return reached: when its first parcel reached it, and how many
	 * of the return's lines the parcels that reached it hold. A return of several parcels
	 * reaches each kind parcel by parcel; the public sees one line per kind.
	 */
	public record Milestone(MilestoneKind kind, OffsetDateTime reachedAt, int itemCount) {

	}

	/**
	 * An event: its step and disposition, its time with the recorder's offset, the city
	 * and country of the hub it happened at (none away from a hub: a road's coordinates
	 * are not the public's), and the kind of exception it reported.
	 */
	public record Event(BizStep bizStep, Disposition disposition, OffsetDateTime eventTime, @Nullable String city,
			@Nullable String countryCode, @Nullable TrackingExceptionKind exception) {

	}

	/**
	 * The public part of {@code timeline}, read in {@link ReturnTimelines.Detail#PUBLIC};
	 * {@code hubs} are the hubs of its events the return's shipper may read.
	 */
	static PublicReturnTrack of(String code, ReturnTimeline timeline, Map<UUID, Hub> hubs) {
		Map<MilestoneKind, Milestone> reached = new EnumMap<>(MilestoneKind.class);
		for (ReturnTimeline.Milestone m : timeline.milestones()) {
			reached.merge(m.kind(), new Milestone(m.kind(), m.reachedAt(), m.itemCount()),
					(a, b) -> new Milestone(a.kind(),
							a.reachedAt().isBefore(b.reachedAt()) ? a.reachedAt() : b.reachedAt(),
							a.itemCount() + b.itemCount()));
		}
		List<Milestone> milestones = reached.values()
			.stream()
			.sorted(Comparator.comparing(Milestone::reachedAt).thenComparing(Milestone::kind))
			.toList();
		List<Event> events = timeline.events().stream().map((e) -> {
			Hub hub = (e.readPointHubId() != null) ? hubs.get(e.readPointHubId()) : null;
			return new Event(e.bizStep(), e.disposition(), e.eventTime(), (hub != null) ? hub.city() : null,
					(hub != null) ? hub.countryCode() : null, e.exception());
		}).toList();
		return new PublicReturnTrack(code, timeline.stage(), timeline.eta(), timeline.etaBasis(),
				timeline.openException(), milestones, events);
	}

}
