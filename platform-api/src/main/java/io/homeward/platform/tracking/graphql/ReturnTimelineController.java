package io.homeward.platform.tracking.graphql;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.homeward.platform.returns.Parcel;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tracking.ReturnTimeline;
import io.homeward.platform.tracking.ReturnTimelines;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReturnTimelineController {

	static final String RETURN_ITEM = "ReturnItem";

	private final ReturnTimelines timelines;

	ReturnTimelineController(ReturnTimelines timelines) {
		this.timelines = timelines;
	}

	/**
	 * A return the caller may not see, an id of another type and a malformed id answer
	 * alike: NOT_FOUND.
	 */
	@QueryMapping
	ReturnTimelinePayload returnTimeline(@Argument String returnId) {
		UUID id = GlobalId.decodeOrNone(returnId, ReturnOrder.TYPE);
		return timelines.timeline(id)
			.map((timeline) -> new ReturnTimelinePayload(timeline, List.of()))
			.orElseGet(() -> new ReturnTimelinePayload(null,
					List.of(UserError.of("returnId", CommonErrorCode.NOT_FOUND, "No such return"))));
	}

	@SchemaMapping(typeName = "ReturnTimeline")
	String returnId(ReturnTimeline timeline) {
		return GlobalId.encode(ReturnOrder.TYPE, timeline.returnId());
	}

	@SchemaMapping(typeName = "ReturnMilestone")
	String parcelId(ReturnTimeline.Milestone milestone) {
		// The full detail always names the parcel.
		return GlobalId.encode(Parcel.TYPE, Objects.requireNonNull(milestone.parcelId()));
	}

	@SchemaMapping(typeName = "ReturnMilestoneItem")
	String itemId(ReturnTimeline.MilestoneItem item) {
		return GlobalId.encode(RETURN_ITEM, item.itemId());
	}

}

/** The timeline, or NOT_FOUND under {@code returnId}. */
record ReturnTimelinePayload(@Nullable ReturnTimeline timeline, List<UserError> userErrors) {

}
