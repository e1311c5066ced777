package io.homeward.platform.shared.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.homeward.platform.shared.ratelimit.RateDecision;
import io.homeward.platform.shared.ratelimit.RateLimit;
import io.homeward.platform.shared.ratelimit.RateLimitUnavailableException;
import io.homeward.platform.shared.ratelimit.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate limits by cost: each operation takes its measured cost ({@link QueryLimits#cost},
 * put in the context by {@link QueryLimits.Checks}, which runs first) from the bucket of
 * its caller's organization and from that of the caller, in Redis, so every instance of
 * the platform draws on the same two buckets. A cheap lookup costs a few tokens, a page
 * of a hundred returns with their items hundreds: what is limited is the work asked for,
 * not the number of requests. Refused with {@code RATE_LIMITED} (429 and
 * {@code Retry-After}, {@link RateLimited}), before anything runs.
 * <p>
 * Who the caller is comes from the tenancy module, which puts the two keys in the
 * request's context ({@link RateLimited#ORGANIZATION_KEY}, {@link RateLimited#USER_KEY});
 * a request without them (the public endpoint, limited per client address by its own
 * fields) is not limited here.
 * <p>
 * When Redis cannot answer, authenticated operations run unlimited rather than fail: the
 * callers are known and every other limit (depth, cost, aliases, the time budget) still
 * holds, while failing closed would make Redis a single point of failure of the whole
 * API. The public fields, whose callers are anonymous, fail closed instead. The first
 * failure in a minute is logged.
 */
final class CostRateLimits extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(CostRateLimits.class);

	private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

	private final RateLimiter limiter;

	private final RateLimit organizations;

	private final RateLimit users;

	private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

	CostRateLimits(RateLimiter limiter, long organizationCost, long userCost, Duration period) {
		this.limiter = limiter;
		this.organizations = new RateLimit("organization-cost", organizationCost, period);
		this.users = new RateLimit("user-cost", userCost, period);
	}

	RateLimit organizations() {
		return this.organizations;
	}

	RateLimit users() {
		return this.users;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
		String organization = context.get(RateLimited.ORGANIZATION_KEY);
		String user = context.get(RateLimited.USER_KEY);
		Integer cost = context.get(QueryLimits.COST);
		if (organization == null || user == null || cost == null || cost <= 0) {
			return null;
		}
		try {
			RateDecision byOrganization = this.limiter.consume(this.organizations, organization, cost);
			if (!byOrganization.allowed()) {
				throw refused("your organization asked for more work than its", byOrganization);
			}
			RateDecision byUser = this.limiter.consume(this.users, user, cost);
			if (!byUser.allowed()) {
				// Not the organization's doing: its share goes back.
				this.limiter.refund(this.organizations, organization, cost);
				throw refused("you asked for more work than your", byUser);
			}
		}
		catch (RateLimitUnavailableException ex) {
			long now = System.nanoTime();
			long last = this.lastWarned.get();
			if (now - last >= WARN_EVERY_NANOS && this.lastWarned.compareAndSet(last, now)) {
				log.warn("Cost rate limits cannot be checked (Redis); operations run unlimited meanwhile", ex);
			}
		}
		return null;
	}

	/** Answered 429 with {@code Retry-After} ({@link RateLimited#status}). */
	private static QueryLimits.LimitExceededException refused(String what, RateDecision decision) {
		long seconds = decision.retryAfterSeconds();
		return new QueryLimits.LimitExceededException(
				"Rate limited: " + what + " limit allows; retry after " + seconds + " s",
				Map.of("code", RateLimited.CODE, RateLimited.RETRY_AFTER, seconds));
	}

}
