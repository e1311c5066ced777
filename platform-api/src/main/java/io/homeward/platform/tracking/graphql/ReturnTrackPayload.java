package io.homeward.platform.tracking.graphql;

import java.util.List;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tracking.PublicReturnTrack;
import org.jspecify.annotations.Nullable;

/** A public track, or why there is none (under {@code trackingCode}). */
record ReturnTrackPayload(@Nullable PublicReturnTrack track, List<UserError> userErrors) {

	static ReturnTrackPayload refused(CommonErrorCode code, String message) {
		return new ReturnTrackPayload(null, List.of(UserError.of("trackingCode", code, message)));
	}
}
