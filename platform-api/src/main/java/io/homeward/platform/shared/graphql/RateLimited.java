package io.homeward.platform.shared.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;

/**
 * The error of a field refused by a rate limit: code {@code RATE_LIMITED} and the seconds
 * to wait in {@code extensions.retryAfterSeconds}. A response holding one is answered
 * with HTTP 429 and a {@code Retry-After} header (the longest wait of its refusals), so
 * HTTP clients and proxies back off without reading GraphQL.
 */
public final class RateLimited {

	public static final String CODE = "RATE_LIMITED";

	static final String RETRY_AFTER = "retryAfterSeconds";

	private RateLimited() {
	}

	/** The error for the field {@code env} is fetching. */
	public static GraphQLError error(DataFetchingEnvironment env, String message, long retryAfterSeconds) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("code", CODE, RETRY_AFTER, retryAfterSeconds))
			.build();
	}

	static boolean is(ResponseError error) {
		return CODE.equals(error.getExtensions().get("code"));
	}

	static boolean any(Iterable<ResponseError> errors) {
		for (ResponseError error : errors) {
			if (is(error)) {
				return true;
			}
		}
		return false;
	}

}
