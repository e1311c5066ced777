package io.homeward.platform.shared.graphql;

import java.time.Duration;
import java.util.Map;

import graphql.parser.ParserOptions;
import io.homeward.platform.shared.ratelimit.RateLimiter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The limits every operation runs under, and the check that the schema is fully mapped.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	static final int MAX_DEPTH = 12;

	static final int MAX_COMPLEXITY = 20_000;

	/**
	 * Aliased fields in one operation: far more than the portal or the guide use (the
	 * most is 30), far fewer than a batch of the same field under a thousand names.
	 */
	static final int MAX_ALIASES = 50;

	/**
	 * What the parser reads of one document before it gives up, against documents that
	 * are huge or made of millions of tokens: graphql-java's defaults (1 MB, 15,000
	 * tokens) are far more than any real operation needs (the portal's largest is some
	 * 150 tokens). A batch's data goes in variables, which these do not count.
	 */
	static final ParserOptions DOCUMENT_LIMITS = ParserOptions.getDefaultOperationParserOptions()
		.transform((options) -> options.maxCharacters(100_000)
			.maxTokens(10_000)
			.maxWhitespaceTokens(20_000)
			.maxRuleDepth(100));

	/** Documents kept parsed, and operations kept measured. */
	static final int DOCUMENTS_KEPT = 1_000;

	/**
	 * Fails startup when a schema field has no data fetcher, so the API cannot shrink
	 * silently.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer schemaInspection() {
		return (builder) -> builder.inspectSchemaMappings((report) -> {
			if (!report.unmappedFields().isEmpty() || !report.unmappedArguments().isEmpty()) {
				throw new IllegalStateException("GraphQL schema has unmapped fields or arguments:\n" + report);
			}
		});
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		return (builder) -> builder
			.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(DOCUMENTS_KEPT)));
	}

	/** Depth, and cost weighing page sizes and counts: see {@link QueryLimits#cost}. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	QueryLimits.Checks queryLimits() {
		return new QueryLimits.Checks(MAX_DEPTH, MAX_COMPLEXITY, MAX_ALIASES, DOCUMENTS_KEPT);
	}

	/**
	 * The cost rate limits, after the checks that measure the cost. Their sizes are
	 * settings: the demo and the tests, where one user drives benchmarks and suites, set
	 * them high.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	CostRateLimits costRateLimits(RateLimiter limiter,
			@Value("${homeward.rate-limits.organization-cost}") long organizationCost,
			@Value("${homeward.rate-limits.user-cost}") long userCost,
			@Value("${homeward.rate-limits.period}") Duration period) {
		return new CostRateLimits(limiter, organizationCost, userCost, period);
	}

	/** Every request's document is parsed under {@link #DOCUMENT_LIMITS}. */
	@Bean
	WebGraphQlInterceptor documentLimits() {
		return (request, chain) -> {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(ParserOptions.class, DOCUMENT_LIMITS)).build());
			return chain.next(request);
		};
	}

}
