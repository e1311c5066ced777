package io.homeward.platform.returns.graphql;

import java.util.List;

import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The payload of every returns mutation: the return, or the user errors with their paths
 * under the mutation's {@code input} argument. "return" is a Java keyword, so the
 * controller maps the field onto {@link #returnOrder()}.
 */
record ReturnPayload(@Nullable ReturnOrder returnOrder, List<UserError> userErrors) {

	static ReturnPayload of(Outcome<ReturnOrder> outcome) {
		return new ReturnPayload(outcome.valueOrNull(),
				outcome.errors().stream().map((error) -> error.under("input")).toList());
	}

}
