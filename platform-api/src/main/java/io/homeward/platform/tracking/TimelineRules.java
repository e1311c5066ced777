package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The rules that turn a return's milestones, loads and events into its stage, expected
 * arrival and open exception: pure, so they are tested without a database
 * (docs/domain/tracking-timeline.md).
 */
final class TimelineRules {

	private TimelineRules() {
	}

	/**
	 * The milestone an event's business step reaches, if any. The database's
	 * {@code tracking_milestone_of} says the same (a test holds them together).
	 */
	static @Nullable MilestoneKind milestoneOf(BizStep step) {
		return switch (step) {
			case ACCEPTING -> MilestoneKind.DROPPED_OFF;
			case COLLECTING -> MilestoneKind.PICKED_UP;
			case DEPARTING -> MilestoneKind.DEPARTED;
			case ARRIVING -> MilestoneKind.ARRIVED_AT_HUB;
			case RECEIVING -> MilestoneKind.RECEIVED;
			case INSPECTING -> MilestoneKind.CHECKED;
			default -> null;
		};
	}

	/**
	 * A milestone of a parcel, with the transit days of the lane it travelled, if known.
	 */
	record Reached(MilestoneKind kind, OffsetDateTime at, @Nullable Integer transitDays) {

	}

	/** The load a parcel is in now, when it has not departed: its plan. */
	record PlannedLoad(OffsetDateTime departureAt, int transitDays) {

	}

	/** What the rules know of one parcel. */
	record ParcelFacts(UUID parcelId, List<Reached> milestones, @Nullable PlannedLoad load) {

		ParcelFacts {
			milestones = List.copyOf(milestones);
		}

	}

	/** An expected arrival and what it rests on; {@code at} is null for UNKNOWN. */
	record Eta(@Nullable OffsetDateTime at, EtaBasis basis) {

		static final Eta UNKNOWN = new Eta(null, EtaBasis.UNKNOWN);

	}

	static ReturnStage stageOf(MilestoneKind kind) {
		return switch (kind) {
			case DROPPED_OFF -> ReturnStage.DROPPED_OFF;
			case PICKED_UP -> ReturnStage.PICKED_UP;
			case DEPARTED, CLEARED -> ReturnStage.IN_TRANSIT;
			case ARRIVED_AT_HUB -> ReturnStage.ARRIVED;
			case RECEIVED -> ReturnStage.RECEIVED;
			case CHECKED -> ReturnStage.CHECKED;
		};
	}

	/**
	 * The return's stage: each parcel stands at the furthest stage of its milestones
	 * (milestones may come out of order: a parcel checked without a recorded pick-up is
	 * checked), the return at the least advanced of its parcels; a return without parcels
	 * is CREATED. An open CUSTOMS_HOLD puts a return not yet received at CUSTOMS.
	 */
	static ReturnStage stage(List<ParcelFacts> parcels, @Nullable TrackingExceptionKind openException) {
		ReturnStage stage = parcels.stream()
			.map((parcel) -> parcel.milestones()
				.stream()
				.map((m) -> stageOf(m.kind()))
				.max(Comparator.naturalOrder())
				.orElse(ReturnStage.CREATED))
			.min(Comparator.naturalOrder())
			.orElse(ReturnStage.CREATED);
		if (openException == TrackingExceptionKind.CUSTOMS_HOLD && stage.compareTo(ReturnStage.RECEIVED) < 0) {
			return ReturnStage.CUSTOMS;
		}
		return stage;
	}

	/**
	 * One parcel's expected arrival: arrived (ARRIVED_AT_HUB, or else the earliest of
	 * RECEIVED and CHECKED, which it cannot have reached before arriving); departed, with
	 * the transit days of the lane it departed on; in a load that has not departed, its
	 * planned departure plus the lane's transit days; otherwise unknown.
	 */
	static Eta eta(ParcelFacts parcel) {
		OffsetDateTime arrived = first(parcel, MilestoneKind.ARRIVED_AT_HUB);
		if (arrived == null) {
			OffsetDateTime received = first(parcel, MilestoneKind.RECEIVED);
			OffsetDateTime checked = first(parcel, MilestoneKind.CHECKED);
			arrived = (received == null) ? checked
					: (checked == null || received.isBefore(checked)) ? received : checked;
		}
		if (arrived != null) {
			return new Eta(arrived, EtaBasis.ARRIVED);
		}
		for (Reached m : parcel.milestones()) {
			if (m.kind() == MilestoneKind.DEPARTED && m.transitDays() != null) {
				return new Eta(m.at().plusDays(m.transitDays()), EtaBasis.DEPARTED);
			}
		}
		if (parcel.load() != null) {
			return new Eta(parcel.load().departureAt().plusDays(parcel.load().transitDays()),
					EtaBasis.PLANNED_DEPARTURE);
		}
		return Eta.UNKNOWN;
	}

	/**
	 * The return's expected arrival: when its last parcel is expected, resting on the
	 * least certain of its parcels' bases; unknown when any parcel's is, or when it has
	 * no parcel.
	 */
	static Eta eta(List<ParcelFacts> parcels) {
		if (parcels.isEmpty()) {
			return Eta.UNKNOWN;
		}
		OffsetDateTime latest = null;
		EtaBasis weakest = EtaBasis.ARRIVED;
		for (ParcelFacts parcel : parcels) {
			Eta eta = eta(parcel);
			if (eta.at() == null) {
				return Eta.UNKNOWN;
			}
			if (latest == null || eta.at().isAfter(latest)) {
				latest = eta.at();
			}
			if (eta.basis().compareTo(weakest) > 0) {
				weakest = eta.basis();
			}
		}
		return new Eta(latest, weakest);
	}

	/**
	 * The open exception: that of the latest event (in event-time order) carrying one,
	 * unless a milestone was reached after it, which supersedes it (the goods moved on).
	 * A later exception replaces an earlier one.
	 * @param events in event-time order
	 */
	static @Nullable TrackingExceptionKind openException(List<TrackingEvent> events, List<OffsetDateTime> reached) {
		for (int i = events.size() - 1; i >= 0; i--) {
			TrackingEvent event = events.get(i);
			if (event.exception() != null) {
				boolean superseded = reached.stream().anyMatch((at) -> at.isAfter(event.eventTime()));
				return superseded ? null : event.exception();
			}
		}
		return null;
	}

	private static @Nullable OffsetDateTime first(ParcelFacts parcel, MilestoneKind kind) {
		return parcel.milestones()
			.stream()
			.filter((m) -> m.kind() == kind)
			.map(Reached::at)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

}
