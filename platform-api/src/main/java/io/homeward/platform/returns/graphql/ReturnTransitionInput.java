package io.homeward.platform.returns.graphql;

import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.returns.ReturnStatus;
import io.homeward.platform.returns.ReturnTransition;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code returnApprove}, {@code returnDecline} and {@code returnCancel}; the
 * mutation names the target status.
 */
record ReturnTransitionInput(String returnId, @Nullable String note) {

	ReturnTransition toCommand(ReturnStatus target) {
		return new ReturnTransition(GlobalId.decodeOrNone(returnId, ReturnOrder.TYPE), target, note);
	}

}
