package io.homeward.platform.shared.graphql;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public endpoint: the same schema and engine as {@code /graphql}, at {@value #PATH},
 * without a token, for the few root fields modules name as {@link PublicQueryFields} (a
 * customer tracking a parcel) and {@link PublicMutationFields} (a customer starting a
 * return). Any other field, and any subscription, is refused there before anything runs;
 * {@code /graphql} keeps answering every request without a valid token with 401, as
 * before.
 * <p>
 * A separate path rather than anonymous requests on {@code /graphql}: the security
 * filters decide before the body is read, so only a path can tell them which requests may
 * come without a token, and {@code /graphql}'s answer to a missing token stays the
 * standard bearer challenge.
 */
@Configuration(proxyBeanMethods = false)
class PublicGraphQl {

	static final String PATH = "/graphql/public";

	private static final String PUBLIC = "homeward.public";

	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> publicGraphQlRoute(GraphQlHttpHandler handler) {
		return RouterFunctions.route()
			.POST(PATH, GraphQlRequestPredicates.graphQlHttp(PATH), handler::handleRequest)
			.POST(PATH,
					(request) -> GraphQlHttpConfiguration.refusal(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
							"UNSUPPORTED_MEDIA_TYPE",
							"The request body must be JSON with the header 'Content-Type: application/json'"))
			.route((request) -> request.path().equals(PATH) && !HttpMethod.POST.equals(request.method()),
					(request) -> GraphQlHttpConfiguration.refusal(request, HttpStatus.METHOD_NOT_ALLOWED,
							"METHOD_NOT_ALLOWED", "Send GraphQL operations with POST",
							(headers) -> headers.setAllow(Set.of(HttpMethod.POST))))
			.build();
	}

	@Bean
	WebGraphQlInterceptor publicRequests() {
		return new Marker();
	}

	@Bean
	SimplePerformantInstrumentation publicFieldsOnly(List<PublicQueryFields> fields,
			List<PublicMutationFields> mutations) {
		Set<String> names = new HashSet<>(Set.of("__typename"));
		fields.forEach((each) -> names.addAll(each.rootFields()));
		Set<String> mutationNames = new HashSet<>(Set.of("__typename"));
		mutations.forEach((each) -> mutationNames.addAll(each.rootFields()));
		return new PublicFieldsOnly(Set.copyOf(names), Set.copyOf(mutationNames));
	}

	/**
	 * Marks requests to the public path. Requests to {@code /graphql} pass untouched: the
	 * mark is absent, and {@link PublicFieldsOnly} lets them by.
	 */
	static final class Marker implements WebGraphQlInterceptor {

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			if (PATH.equals(request.getUri().getPath())) {
				request
					.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(PUBLIC, true)).build());
			}
			return chain.next(request);
		}

	}

	/**
	 * On the public path, refuses an operation that is not a query of public query fields
	 * only, or a mutation of public mutation fields only, once it is parsed and validated
	 * and before any field runs.
	 */
	static final class PublicFieldsOnly extends SimplePerformantInstrumentation {

		private final Set<String> publicFields;

		private final Set<String> publicMutations;

		PublicFieldsOnly(Set<String> publicFields, Set<String> publicMutations) {
			this.publicFields = publicFields;
			this.publicMutations = publicMutations;
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			var context = parameters.getExecutionContext();
			if (!Boolean.TRUE.equals(context.getGraphQLContext().get(PUBLIC))) {
				return SimpleInstrumentationContext.noOp();
			}
			OperationDefinition operation = context.getOperationDefinition();
			String refused = refusedField(operation);
			if (refused != null) {
				throw new QueryLimits.LimitExceededException("NOT_PUBLIC",
						"'" + refused + "' needs a token: send it to /graphql with an access token of the Homeward "
								+ "realm. Here, without a token, only " + String.join(", ", sorted()) + ".");
			}
			return SimpleInstrumentationContext.noOp();
		}

		private @Nullable String refusedField(OperationDefinition operation) {
			Set<String> allowed = switch (operation.getOperation()) {
				case QUERY -> this.publicFields;
				case MUTATION -> this.publicMutations;
				default -> Set.of();
			};
			if (allowed.size() <= 1) {
				return operation.getOperation().name().toLowerCase(Locale.ROOT);
			}
			for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
				if (!(selection instanceof Field field)) {
					// A fragment at the root could hide any field: public callers name
					// theirs.
					return "a fragment at the root";
				}
				if (!allowed.contains(field.getName())) {
					return field.getName();
				}
			}
			return null;
		}

		private List<String> sorted() {
			return Stream.concat(this.publicFields.stream(), this.publicMutations.stream())
				.filter((name) -> !name.startsWith("__"))
				.sorted()
				.toList();
		}

	}

}
