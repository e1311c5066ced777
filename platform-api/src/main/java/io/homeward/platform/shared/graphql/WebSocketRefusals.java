package io.homeward.platform.shared.graphql;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Flux;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Answers to an operation over the WebSocket endpoint that is refused, or ended, by an
 * interceptor rather than by its fetchers. Spring for GraphQL's WebSocket handler sends
 * the errors of a {@link SubscriptionPublisherException} as the protocol's {@code error}
 * message for that operation and keeps the connection; an exception thrown by an
 * interceptor instead would close the whole connection.
 */
public final class WebSocketRefusals {

	private WebSocketRefusals() {
	}

	/** An error with a stable {@code code}, in the platform's shape. */
	public static GraphQLError error(ErrorType type, String code, String message) {
		return GraphqlErrorBuilder.newError().errorType(type).message(message).extensions(Map.of("code", code)).build();
	}

	/** The exception that ends a subscription with {@code error}. */
	public static SubscriptionPublisherException ending(GraphQLError error) {
		return new SubscriptionPublisherException(List.of(error), null);
	}

	/**
	 * An answer to {@code request} that runs nothing and ends at once with {@code error}.
	 */
	public static WebGraphQlResponse refusal(WebGraphQlRequest request, GraphQLError error) {
		ExecutionResult result = ExecutionResult.newExecutionResult().data(Flux.error(ending(error))).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
