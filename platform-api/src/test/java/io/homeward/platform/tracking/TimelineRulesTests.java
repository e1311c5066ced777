package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.tracking.TimelineRules.Eta;
import io.homeward.platform.tracking.TimelineRules.ParcelFacts;
import io.homeward.platform.tracking.TimelineRules.PlannedLoad;
import io.homeward.platform.tracking.TimelineRules.Reached;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineRulesTests {

	static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 18, 0, 0, 0, ZoneOffset.UTC);

	static ParcelFacts parcel(@Nullable PlannedLoad load, Reached... reached) {
		return new ParcelFacts(UUID.randomUUID(), List.of(reached), load);
	}

	static Reached at(MilestoneKind kind, int hours, @Nullable Integer transitDays) {
		return new Reached(kind, T0.plusHours(hours), transitDays);
	}

	static TrackingEvent event(int hours, @Nullable TrackingExceptionKind exception) {
		return new TrackingEvent(UUID.randomUUID(), "e", SubjectKind.LOAD, UUID.randomUUID(), BizStep.SHIPPING,
				Disposition.IN_TRANSIT, T0.plusHours(hours), T0.plusHours(hours), null, null, null, null, null, null,
				exception, (exception != null) ? "why" : null, UUID.randomUUID(), "u", hours, null, null);
	}

	@Test
	void sixBusinessStepsReachAMilestoneAndTheOthersNone() {
		assertThat(TimelineRules.milestoneOf(BizStep.ACCEPTING)).isEqualTo(MilestoneKind.DROPPED_OFF);
		assertThat(TimelineRules.milestoneOf(BizStep.COLLECTING)).isEqualTo(MilestoneKind.PICKED_UP);
		assertThat(TimelineRules.milestoneOf(BizStep.DEPARTING)).isEqualTo(MilestoneKind.DEPARTED);
		assertThat(TimelineRules.milestoneOf(BizStep.ARRIVING)).isEqualTo(MilestoneKind.ARRIVED_AT_HUB);
		assertThat(TimelineRules.milestoneOf(BizStep.RECEIVING)).isEqualTo(MilestoneKind.RECEIVED);
		assertThat(TimelineRules.milestoneOf(BizStep.INSPECTING)).isEqualTo(MilestoneKind.CHECKED);
		for (BizStep step : EnumSet.complementOf(EnumSet.of(BizStep.ACCEPTING, BizStep.COLLECTING, BizStep.DEPARTING,
				BizStep.ARRIVING, BizStep.RECEIVING, BizStep.INSPECTING))) {
			assertThat(TimelineRules.milestoneOf(step)).as("%s", step).isNull();
		}
	}

	@Test
	void aParcelStandsAtItsFurthestMilestoneAndTheReturnAtItsLeastAdvancedParcel() {
		assertThat(TimelineRules.stage(List.of(), null)).isEqualTo(ReturnStage.CREATED);
		assertThat(TimelineRules.stage(List.of(parcel(null)), null)).isEqualTo(ReturnStage.CREATED);
		// Out of order: checked without a recorded pick-up or arrival is checked.
		ParcelFacts checked = parcel(null, at(MilestoneKind.DROPPED_OFF, 0, null), at(MilestoneKind.CHECKED, 50, null));
		assertThat(TimelineRules.stage(List.of(checked), null)).isEqualTo(ReturnStage.CHECKED);
		ParcelFacts departed = parcel(null, at(MilestoneKind.PICKED_UP, 0, null), at(MilestoneKind.DEPARTED, 2, 3));
		ParcelFacts cleared = parcel(null, at(MilestoneKind.CLEARED, 5, null));
		assertThat(TimelineRules.stage(List.of(departed), null)).isEqualTo(ReturnStage.IN_TRANSIT);
		assertThat(TimelineRules.stage(List.of(cleared), null)).isEqualTo(ReturnStage.IN_TRANSIT);
		assertThat(TimelineRules.stage(List.of(checked, departed), null)).isEqualTo(ReturnStage.IN_TRANSIT);
		assertThat(TimelineRules.stage(List.of(checked, parcel(null)), null)).isEqualTo(ReturnStage.CREATED);
		assertThat(TimelineRules.stage(List.of(parcel(null, at(MilestoneKind.ARRIVED_AT_HUB, 9, null))), null))
			.isEqualTo(ReturnStage.ARRIVED);
		assertThat(TimelineRules.stage(List.of(parcel(null, at(MilestoneKind.RECEIVED, 9, null))), null))
			.isEqualTo(ReturnStage.RECEIVED);
	}

	@Test
	void anOpenCustomsHoldIsTheCustomsStageUntilReceipt() {
		ParcelFacts departed = parcel(null, at(MilestoneKind.DEPARTED, 2, 3));
		assertThat(TimelineRules.stage(List.of(departed), TrackingExceptionKind.CUSTOMS_HOLD))
			.isEqualTo(ReturnStage.CUSTOMS);
		assertThat(TimelineRules.stage(List.of(parcel(null, at(MilestoneKind.ARRIVED_AT_HUB, 9, null))),
				TrackingExceptionKind.CUSTOMS_HOLD))
			.isEqualTo(ReturnStage.CUSTOMS);
		assertThat(TimelineRules.stage(List.of(parcel(null, at(MilestoneKind.RECEIVED, 9, null))),
				TrackingExceptionKind.CUSTOMS_HOLD))
			.isEqualTo(ReturnStage.RECEIVED);
		assertThat(TimelineRules.stage(List.of(departed), TrackingExceptionKind.DELAYED))
			.isEqualTo(ReturnStage.IN_TRANSIT);
	}

	@Test
	void theEtaRestsOnTheArrivalTheDepartureOrThePlannedDeparture() {
		PlannedLoad plan = new PlannedLoad(T0.plusDays(1), 3);
		assertThat(TimelineRules.eta(parcel(null))).isEqualTo(Eta.UNKNOWN);
		assertThat(TimelineRules.eta(parcel(plan))).isEqualTo(new Eta(T0.plusDays(4), EtaBasis.PLANNED_DEPARTURE));
		// Departed: the departure's own time plus its lane's days, whatever the plan
		// said.
		assertThat(TimelineRules.eta(parcel(plan, at(MilestoneKind.DEPARTED, 30, 2))))
			.isEqualTo(new Eta(T0.plusHours(30).plusDays(2), EtaBasis.DEPARTED));
		// A departure with no known lane (an event on the parcel outside any load) says
		// nothing of the arrival.
		assertThat(TimelineRules.eta(parcel(null, at(MilestoneKind.DEPARTED, 30, null)))).isEqualTo(Eta.UNKNOWN);
		assertThat(TimelineRules
			.eta(parcel(plan, at(MilestoneKind.DEPARTED, 30, 2), at(MilestoneKind.ARRIVED_AT_HUB, 70, null))))
			.isEqualTo(new Eta(T0.plusHours(70), EtaBasis.ARRIVED));
		// Received or checked without a recorded arrival: arrived by the earlier of them.
		assertThat(TimelineRules
			.eta(parcel(null, at(MilestoneKind.CHECKED, 90, null), at(MilestoneKind.RECEIVED, 80, null))))
			.isEqualTo(new Eta(T0.plusHours(80), EtaBasis.ARRIVED));
	}

	@Test
	void aReturnIsExpectedWithItsLastParcelOnItsLeastCertainBasis() {
		ParcelFacts arrived = parcel(null, at(MilestoneKind.ARRIVED_AT_HUB, 10, null));
		ParcelFacts departed = parcel(null, at(MilestoneKind.DEPARTED, 2, 1));
		ParcelFacts planned = parcel(new PlannedLoad(T0, 5));
		assertThat(TimelineRules.eta(List.of())).isEqualTo(Eta.UNKNOWN);
		assertThat(TimelineRules.eta(List.of(arrived, departed)))
			.isEqualTo(new Eta(T0.plusHours(26), EtaBasis.DEPARTED));
		assertThat(TimelineRules.eta(List.of(arrived, departed, planned)))
			.isEqualTo(new Eta(T0.plusDays(5), EtaBasis.PLANNED_DEPARTURE));
		assertThat(TimelineRules.eta(List.of(arrived, parcel(null)))).isEqualTo(Eta.UNKNOWN);
	}

	@Test
	void theLatestExceptionIsOpenUntilAMilestoneIsReachedAfterIt() {
		assertThat(TimelineRules.openException(List.of(event(1, null)), List.of())).isNull();
		List<TrackingEvent> events = List.of(event(1, TrackingExceptionKind.DELAYED), event(2, null),
				event(3, TrackingExceptionKind.CUSTOMS_HOLD), event(4, null));
		assertThat(TimelineRules.openException(events, List.of(T0))).isEqualTo(TrackingExceptionKind.CUSTOMS_HOLD);
		// A milestone at the exception's own time (received, damaged) does not close it.
		assertThat(TimelineRules.openException(events, List.of(T0.plusHours(3))))
			.isEqualTo(TrackingExceptionKind.CUSTOMS_HOLD);
		assertThat(TimelineRules.openException(events, List.of(T0.plusHours(5)))).isNull();
	}

}
