package io.homeward.platform.shared.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.homeward.platform.shared.ratelimit.RateLimitUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors with a code. Unexpected ones are logged with an id
 * and answered with that id only: no class names, SQL or stack traces reach clients.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidArgumentException invalid) {
			return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(),
					Map.of("code", "BAD_USER_INPUT", "argument", invalid.argument()));
		}
		if (ex instanceof RateLimited.Exceeded exceeded) {
			return RateLimited.error(env, exceeded.getMessage(), exceeded.retryAfterSeconds());
		}
		if (ex instanceof RateLimitUnavailableException) {
			log.warn("A rate-limited field was refused: its limits cannot be checked", ex);
			return RateLimited.unavailable(env);
		}
		if (ex instanceof AccessDeniedException) {
			return error(env, ErrorType.FORBIDDEN, "Not permitted", Map.of("code", "FORBIDDEN"));
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} in {}", errorId, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error, reference " + errorId,
				Map.of("code", "INTERNAL", "errorId", errorId));
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
