package io.homeward.platform.shared.graphql;

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
	QueryLimits.Checks queryLimits() {
		return new QueryLimits.Checks(MAX_DEPTH, MAX_COMPLEXITY, DOCUMENTS_KEPT);
	}

}
