package io.homeward.platform.shared.graphql;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.homeward.platform.shared.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The errors of a field refused by a rate limit, and what they do to the HTTP response.
 * <ul>
 * <li>{@code RATE_LIMITED}: the client asked too often;
 * {@code extensions.retryAfterSeconds} says when to ask again. The response is answered
 * with 429 and a {@code Retry-After} header (the longest wait of its refusals), so HTTP
 * clients and proxies back off without reading GraphQL.</li>
 * <li>{@code RATE_LIMIT_UNAVAILABLE}: the limiter's store (Redis) could not answer, and a
 * limited field fails closed rather than run unlimited; 503 with a short
 * {@code Retry-After}.</li>
 * <li>{@code UNAVAILABLE}: not a rate limit, but answered the same way: the database
 * could not be reached, or had no connection free in time
 * ({@link DatabaseFailures#unavailable}), so 503 with a short {@code Retry-After}, which
 * load balancers and clients treat as "elsewhere or later", and an idempotent retry is
 * safe.</li>
 * </ul>
 */
public final class RateLimited {

	public static final String CODE = "RATE_LIMITED";

	public static final String UNAVAILABLE = "RATE_LIMIT_UNAVAILABLE";

	/** A service the field needs did not answer. */
	static final String SERVICE_UNAVAILABLE = "UNAVAILABLE";

	/**
	 * The request context's key of the caller's organization, which the cost rate limits
	 * charge ({@link CostRateLimits}); put there by the tenancy module.
	 */
	public static final String ORGANIZATION_KEY = "homeward.rate.organization";

	/** The request context's key of the caller, within its organization. */
	public static final String USER_KEY = "homeward.rate.user";

	static final String RETRY_AFTER = "retryAfterSeconds";

	/** What an unavailable limiter tells clients to wait: Redis fails over in seconds. */
	private static final long UNAVAILABLE_RETRY_SECONDS = 5;

	/**
	 * What an unreachable database tells clients to wait: a restarted PostgreSQL takes
	 * seconds to recover, a failover to a standby about as long.
	 */
	private static final long SERVICE_UNAVAILABLE_RETRY_SECONDS = 2;

	private static final String SERVICE_UNAVAILABLE_MESSAGE = "The platform's database cannot answer just now; "
			+ "try again shortly";

	private RateLimited() {
	}

	/**
	 * Thrown by a field its client asked too often; {@link GraphQlErrors} answers it with
	 * the {@code RATE_LIMITED} error. A rate limit whose store is away throws
	 * {@link io.homeward.platform.shared.ratelimit.RateLimitUnavailableException},
	 * answered with {@code RATE_LIMIT_UNAVAILABLE}.
	 */
	public static final class Exceeded extends RuntimeException {

		private final long retryAfterSeconds;

		public Exceeded(String message, long retryAfterSeconds) {
			super(message, null, false, false);
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

	/** The refusal of the field {@code env} is fetching. */
	static GraphQLError error(DataFetchingEnvironment env, String message, long retryAfterSeconds) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("code", CODE, RETRY_AFTER, retryAfterSeconds))
			.build();
	}

	/** The field {@code env} is fetching could not be checked against its limit. */
	static GraphQLError unavailable(DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("This field is rate limited and its limits cannot be checked just now; try again shortly")
			.extensions(Map.of("code", UNAVAILABLE, RETRY_AFTER, UNAVAILABLE_RETRY_SECONDS))
			.build();
	}

	/** The field {@code env} is fetching needed the database, which did not answer. */
	static GraphQLError serviceUnavailable(DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message(SERVICE_UNAVAILABLE_MESSAGE)
			.extensions(Map.of("code", SERVICE_UNAVAILABLE, RETRY_AFTER, SERVICE_UNAVAILABLE_RETRY_SECONDS))
			.build();
	}

	/**
	 * 429 for a response holding a refusal, else 503 for one holding an unavailable limit
	 * or service, else nothing: the status is then Spring's choice.
	 */
	static HttpStatus status(List<ResponseError> errors, HttpStatus otherwise) {
		if (errors.isEmpty()) {
			return otherwise;
		}
		if (errors.stream().anyMatch((error) -> has(error, CODE))) {
			return HttpStatus.TOO_MANY_REQUESTS;
		}
		if (errors.stream().anyMatch((error) -> has(error, UNAVAILABLE) || has(error, SERVICE_UNAVAILABLE))) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		return otherwise;
	}

	private static boolean has(ResponseError error, String code) {
		return code.equals(error.getExtensions().get("code"));
	}

	private static OptionalLong retryAfter(List<ResponseError> errors) {
		return errors.stream()
			.filter((error) -> has(error, CODE) || has(error, UNAVAILABLE) || has(error, SERVICE_UNAVAILABLE))
			.map((error) -> error.getExtensions().get(RETRY_AFTER))
			.filter(Number.class::isInstance)
			.mapToLong((seconds) -> ((Number) seconds).longValue())
			.max();
	}

	/**
	 * Sets {@code Retry-After} on a response with a rate limit's error. A response
	 * without errors, the read path's usual case, is passed on after one emptiness check.
	 * <p>
	 * An operation whose transaction could not begin or end for want of the database (the
	 * query's one transaction, a keyed mutation's own) fails outside any field, where
	 * {@link GraphQlErrors} does not see it; it is answered here with the same
	 * {@code UNAVAILABLE} error a field gets, instead of the servlet's bare 500.
	 */
	static final class RetryAfterHeader implements WebGraphQlInterceptor {

		private static final Logger log = LoggerFactory.getLogger(RetryAfterHeader.class);

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			return chain.next(request).onErrorResume(DatabaseFailures::unavailable, (ex) -> {
				log.warn("An operation could not begin or end its transaction: {}", ex.getMessage());
				GraphQLError error = GraphqlErrorBuilder.newError()
					.errorType(ErrorType.INTERNAL_ERROR)
					.message(SERVICE_UNAVAILABLE_MESSAGE)
					.extensions(Map.of("code", SERVICE_UNAVAILABLE, RETRY_AFTER, SERVICE_UNAVAILABLE_RETRY_SECONDS))
					.build();
				ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
				return Mono.just(new WebGraphQlResponse(
						new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
			}).map((response) -> {
				List<ResponseError> errors = response.getErrors();
				if (!errors.isEmpty()) {
					retryAfter(errors).ifPresent((seconds) -> response.getResponseHeaders()
						.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
				}
				return response;
			});
		}

	}

}
