package io.homeward.platform.shared.graphql;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.homeward.platform.shared.DatabaseFailures;
import io.homeward.platform.shared.ratelimit.RateLimitUnavailableException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.QueryTimeoutException;
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
		AccessDeniedException denied = deniedCause(ex);
		if (denied != null) {
			// A refusal from below a layer that wraps it: the database refusing a
			// disabled
			// organization's transaction, say. Its message is written for the caller.
			return error(env, ErrorType.FORBIDDEN, denied.getMessage(), Map.of("code", "FORBIDDEN"));
		}
		if (timedOut(ex)) {
			log.warn("A request ran out of its time in the database at {}", env.getExecutionStepInfo().getPath());
			return error(env, ErrorType.INTERNAL_ERROR,
					"The request ran out of its time in the database; ask for less (a smaller page), or again later",
					Map.of("code", "TIMEOUT"));
		}
		if (DatabaseFailures.unavailable(ex)) {
			// No stack trace: one per field of every request while PostgreSQL is away
			// would bury the lines that say what happened; the health's db turns DOWN.
			log.warn("The database did not answer at {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
			return RateLimited.serviceUnavailable(env);
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} in {}", errorId, env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR, "Internal error, reference " + errorId,
				Map.of("code", "INTERNAL", "errorId", errorId));
	}

	/**
	 * Whether PostgreSQL cancelled a statement for its {@code statement_timeout}
	 * (SQLSTATE 57014), or the request's time budget was spent before a transaction
	 * began, however the layers between (Spring's translation, Hibernate's, the
	 * transaction manager's) wrapped it.
	 */
	static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof QueryTimeoutException
					|| (cause instanceof SQLException sql && "57014".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable AccessDeniedException deniedCause(Throwable ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof AccessDeniedException denied) {
				return denied;
			}
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
