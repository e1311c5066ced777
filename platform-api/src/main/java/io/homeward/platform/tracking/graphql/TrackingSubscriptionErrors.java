package io.homeward.platform.tracking.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.homeward.platform.tracking.TrackingSubscriptions;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * The errors that end a tracking subscription, with a code: NOT_FOUND for an object the
 * caller cannot see (or that does not exist), SUBSCRIBER_TOO_SLOW for a subscriber that
 * fell too far behind. Anything else is left to Spring for GraphQL, which answers it
 * without detail.
 */
@Component
class TrackingSubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof SubscriptionRefusal refusal) {
			return GraphqlErrorBuilder.newError()
				.errorType(ErrorType.NOT_FOUND)
				.message(refusal.getMessage())
				.extensions(Map.of("code", "NOT_FOUND", "argument", refusal.argument()))
				.build();
		}
		if (ex instanceof TrackingSubscriptions.Overrun overrun) {
			return GraphqlErrorBuilder.newError()
				.errorType(ErrorType.INTERNAL_ERROR)
				.message(overrun.getMessage() + "; subscribe again and read what was missed with trackingEvents")
				.extensions(Map.of("code", "SUBSCRIBER_TOO_SLOW"))
				.build();
		}
		return null;
	}

}
