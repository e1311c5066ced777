package io.homeward.platform.shared.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits every operation runs under, and the check that the schema is fully mapped.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	static final int MAX_DEPTH = 12;

	static final int MAX_COMPLEXITY = 20_000;

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
			.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(new ParsedDocumentCache(1_000)));
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth() {
		return new MaxQueryDepthInstrumentation(MAX_DEPTH);
	}

	/**
	 * Weighs each field by the page size of the connection it is in, so that
	 * {@code first} is counted.
	 */
	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity() {
		return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, (environment, childComplexity) -> {
			Object first = environment.getArguments().get("first");
			int multiplier = (first instanceof Integer size) ? Math.max(1, Math.min(size, PageRequest.MAX_FIRST)) : 1;
			return 1 + childComplexity * multiplier;
		});
	}

}
