package io.homeward.platform.shared.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micrometer.observation.ObservationRegistry;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.DispatchResult;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.dataloader.instrumentation.DataLoaderInstrumentationContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The chain passes on the hooks of a request and its operation, and refuses an
 * instrumentation that needs the hooks of each field, which it does not pass on.
 */
class RequestInstrumentationTests {

	@Test
	void operationHooksArePassedOnAndFieldHooksAreNot() {
		List<String> calls = new ArrayList<>();
		SimplePerformantInstrumentation operations = new SimplePerformantInstrumentation() {
			@Override
			public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				calls.add(parameters.getExecutionContext().getOperationDefinition().getOperation().name());
				return null;
			}
		};
		GraphQL graphQl = GraphQL
			.newGraphQL(new SchemaGenerator().makeExecutableSchema(
					new SchemaParser().parse("type Query { items: [Item] } type Item { name: String }"),
					itemsOfAAndB().build()))
			.instrumentation(new RequestInstrumentation(
					List.of(operations, new GraphQlObservationInstrumentation(ObservationRegistry.create()))))
			.build();
		ExecutionResult result = graphQl.execute("{ items { name } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData())
			.isEqualTo(Map.of("items", List.of(Map.of("name", "a"), Map.of("name", "b"))));
		assertThat(calls).containsExactly("QUERY");
	}

	/**
	 * Of two loaders, the one asked for keys is dispatched, once per level that asked,
	 * and the other never, while their instrumentation (Spring's DataLoader timers, here
	 * a recorder) stays on them.
	 */
	@Test
	void onlyTheLoadersAskedForKeysAreDispatched() {
		List<String> dispatched = new ArrayList<>();
		List<List<?>> batches = new ArrayList<>();
		DataLoaderInstrumentation recorder = new DataLoaderInstrumentation() {
			@Override
			public @Nullable DataLoaderInstrumentationContext<DispatchResult<?>> beginDispatch(
					DataLoader<?, ?> loader) {
				dispatched.add(loader.getName());
				return null;
			}
		};
		DataLoader<String, String> upper = DataLoaderFactory.newDataLoader("upper", (List<String> keys) -> {
			batches.add(keys);
			return CompletableFuture.completedFuture(keys.stream().map(String::toUpperCase).toList());
		});
		DataLoader<String, String> unused = DataLoaderFactory.newDataLoader("unused",
				(List<String> keys) -> CompletableFuture.completedFuture(keys));
		DataLoaderRegistry loaders = DataLoaderRegistry.newRegistry()
			.register("upper", upper)
			.register("unused", unused)
			.instrumentation(recorder)
			.build();
		GraphQL graphQl = GraphQL
			.newGraphQL(
					new SchemaGenerator().makeExecutableSchema(
							new SchemaParser()
								.parse("type Query { items: [Item] } type Item { name: String, loud: String }"),
							itemsOfAAndB()
								.type("Item",
										(type) -> type.dataFetcher("loud",
												(environment) -> environment.<String, String>getDataLoader("upper")
													.load(environment.<Map<String, String>>getSource().get("name"))))
								.build()))
			.instrumentation(new RequestInstrumentation(List.of(new QueryLimits.Checks(3, 100, 3, 10))))
			.build();
		ExecutionResult result = graphQl
			.execute(ExecutionInput.newExecutionInput("{ items { name loud } }").dataLoaderRegistry(loaders));
		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData())
			.isEqualTo(Map.of("items", List.of(Map.of("name", "a", "loud", "A"), Map.of("name", "b", "loud", "B"))));
		assertThat(batches).containsExactly(List.of("a", "b"));
		assertThat(dispatched).isNotEmpty().containsOnly("upper");
	}

	@Test
	void anInstrumentationOfEachFieldIsRefused() {
		SimplePerformantInstrumentation perField = new SimplePerformantInstrumentation() {
			@Override
			public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(
					InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
				return null;
			}
		};
		assertThatIllegalStateException().isThrownBy(() -> new RequestInstrumentation(List.of(perField)))
			.withMessageContaining("beginFieldFetching");
		assertThat(new RequestInstrumentation(List.of(new QueryLimits.Checks(3, 100, 3, 10))).getInstrumentations())
			.hasSize(1);
	}

	/** A query of two items, a and b. */
	private static RuntimeWiring.Builder itemsOfAAndB() {
		return RuntimeWiring.newRuntimeWiring()
			.type("Query", (type) -> type.dataFetcher("items",
					(environment) -> List.of(Map.of("name", "a"), Map.of("name", "b"))));
	}

}
