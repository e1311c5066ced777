package io.homeward.platform.tracking.graphql;

import java.util.List;
import java.util.Set;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.graphql.ClientAddress;
import io.homeward.platform.shared.graphql.PublicQueryFields;
import io.homeward.platform.shared.graphql.RateLimited;
import io.homeward.platform.shared.graphql.RowlessQueryFields;
import io.homeward.platform.tracking.PublicReturnTrack;
import io.homeward.platform.tracking.PublicTracking;
import io.homeward.platform.tracking.TrackingEvent;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code returnTrack}: public, at {@code /graphql/public} without a token (and at
 * {@code /graphql} with one, under the same limits). Each aliased {@code returnTrack} in
 * one request is a question of its own and is charged as one, so aliases buy no extra
 * guesses.
 */
@Controller
class PublicTrackingController {

	private final PublicTracking tracking;

	PublicTrackingController(PublicTracking tracking) {
		this.tracking = tracking;
	}

	/**
	 * Refusals by the limits are GraphQL errors, not userErrors: the field has no answer
	 * for such a client, and the HTTP status must say so (429, or 503 when the limits
	 * cannot be checked).
	 */
	@QueryMapping
	ReturnTrackPayload returnTrack(@Argument String trackingCode) {
		return switch (this.tracking.track(trackingCode, ClientAddress.current())) {
			case PublicTracking.Answer.Found found -> new ReturnTrackPayload(found.track(), List.of());
			case PublicTracking.Answer.Malformed malformed -> ReturnTrackPayload.refused(CommonErrorCode.INVALID,
					"A tracking code is HW and 16 letters and digits, as printed on the return's label");
			case PublicTracking.Answer.Unknown unknown -> ReturnTrackPayload.refused(CommonErrorCode.NOT_FOUND,
					"No return has this tracking code; check it against the label");
			case PublicTracking.Answer.Limited limited ->
				throw new RateLimited.Exceeded("Too many tracking questions from this address; try again in "
						+ limited.retryAfterSeconds() + " seconds", limited.retryAfterSeconds());
		};
	}

	@SchemaMapping(typeName = "ReturnTrackEvent")
	String eventTimeZoneOffset(PublicReturnTrack.Event event) {
		return TrackingEvent.timeZoneOffset(event.eventTime().getOffset());
	}

	/** Anyone may ask, without a token. */
	@Bean
	static PublicQueryFields returnTrackIsPublic() {
		return () -> Set.of("returnTrack");
	}

	/**
	 * Runs outside the operation's transaction: it reads in transactions of its own, the
	 * timeline bound to the return's shipper rather than to the caller.
	 */
	@Bean
	static RowlessQueryFields returnTrackReadsOnItsOwn() {
		return () -> Set.of("returnTrack");
	}

}
