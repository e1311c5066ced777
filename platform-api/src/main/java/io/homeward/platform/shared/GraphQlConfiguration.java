package io.homeward.platform.shared;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Scalars, error handling and the limits every operation runs under. Unexpected errors
 * are logged with an id and answered with that id only: no class names, SQL or stack
 * traces reach clients.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphQlConfiguration.class);

	static final int MAX_DEPTH = 12;

	static final int MAX_COMPLEXITY = 20_000;

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date).scalar(DECIMAL);
	}

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

	@Bean
	DataFetcherExceptionResolver errors() {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				if (ex instanceof InvalidArgumentException invalid) {
					return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(),
							Map.of("code", "BAD_USER_INPUT", "argument", invalid.argument()));
				}
				if (ex instanceof AccessDeniedException) {
					return error(env, ErrorType.FORBIDDEN, "Not permitted", Map.of("code", "FORBIDDEN"));
				}
				String errorId = UUID.randomUUID().toString();
				log.error("Internal error {} in {}", errorId, env.getExecutionStepInfo().getPath(), ex);
				return error(env, ErrorType.INTERNAL_ERROR, "Internal error, reference " + errorId,
						Map.of("code", "INTERNAL", "errorId", errorId));
			}
		};
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

	/**
	 * Exact decimals travel as strings, so no client parses money into a binary float.
	 */
	static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
		.name("Decimal")
		.description("An exact decimal number, serialized as a string such as \"12.50\".")
		.coercing(new Coercing<BigDecimal, String>() {
			@Override
			@SuppressWarnings("deprecation")
			public String serialize(Object value) {
				if (value instanceof BigDecimal decimal) {
					return decimal.toPlainString();
				}
				throw new CoercingSerializeException("Not a decimal: " + value.getClass().getSimpleName());
			}

			@Override
			@SuppressWarnings("deprecation")
			public BigDecimal parseValue(Object input) {
				try {
					if (input instanceof String text && text.length() <= 40) {
						return new BigDecimal(text);
					}
					if (input instanceof Number number) {
						return new BigDecimal(number.toString());
					}
				}
				catch (NumberFormatException ex) {
					// reported below
				}
				throw new CoercingParseValueException("Expected a decimal number as a string, like \"12.50\"");
			}

			@Override
			@SuppressWarnings("deprecation")
			public BigDecimal parseLiteral(Object input) {
				try {
					if (input instanceof StringValue value && value.getValue().length() <= 40) {
						return new BigDecimal(value.getValue());
					}
					if (input instanceof IntValue value) {
						return new BigDecimal(value.getValue());
					}
					if (input instanceof FloatValue value) {
						return value.getValue();
					}
				}
				catch (NumberFormatException ex) {
					// reported below
				}
				throw new CoercingParseLiteralException("Expected a decimal number as a string, like \"12.50\"");
			}
		})
		.build();

}
