package io.homeward.platform.shared.graphql;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * The service's instrumentations (limits, the public path's check, the operation's
 * transaction, the request's observation), chained for the hooks of a request and of its
 * operation, and left out of the hooks of each object and field.
 * <p>
 * graphql-java calls an instrumentation's field hooks for every field of every row, six
 * of them per field, and its {@link ChainedInstrumentation} walks every instrumentation
 * on each call to collect their contexts: with five instrumentations that answer nothing
 * there, a page of twenty returns with their items made some four thousand calls, 7 % of
 * the CPU of the request. None of ours has a field hook, and this class makes sure of it:
 * it refuses an instrumentation that would, except the data-fetcher timers of
 * {@link GraphQlObservationInstrumentation}, which are left out on purpose (a timer per
 * field cost as much as the query behind the page: ADR 0008). An instrumentation that
 * needs a field hook must come with a decision to pay for it.
 * <p>
 * It also hands the engine a registry of DataLoaders that dispatches only the loaders
 * asked for keys ({@link PendingDataLoaders}).
 */
final class RequestInstrumentation extends ChainedInstrumentation {

	/** The hooks called per object and per field, which this chain does not pass on. */
	static final Set<String> PER_FIELD = Set.of("beginExecuteObject", "beginDeferredField", "beginFieldExecution",
			"beginFieldFetch", "beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion",
			"instrumentDataFetcher");

	RequestInstrumentation(List<Instrumentation> instrumentations) {
		super(instrumentations);
		instrumentations.forEach(RequestInstrumentation::requireNoFieldHooks);
	}

	private static void requireNoFieldHooks(Instrumentation instrumentation) {
		for (Method method : instrumentation.getClass().getMethods()) {
			if (!PER_FIELD.contains(method.getName())) {
				continue;
			}
			Class<?> declaring = method.getDeclaringClass();
			boolean noOp = declaring == Instrumentation.class || declaring == SimplePerformantInstrumentation.class;
			boolean observationTimers = declaring == GraphQlObservationInstrumentation.class
					&& method.getName().equals("instrumentDataFetcher");
			if (!noOp && !observationTimers) {
				throw new IllegalStateException(instrumentation.getClass().getName() + " instruments each field ("
						+ method.getName() + "), which RequestInstrumentation does not pass on");
			}
		}
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		ExecutionInput instrumented = super.instrumentExecutionInput(input, parameters, state);
		DataLoaderRegistry loaders = instrumented.getDataLoaderRegistry();
		if (loaders.getKeys().isEmpty()) {
			return instrumented;
		}
		return instrumented.transform((builder) -> builder.dataLoaderRegistry(new PendingDataLoaders(loaders)));
	}

	@Override
	public @Nullable ExecuteObjectInstrumentationContext beginExecuteObject(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		return null;
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	@SuppressWarnings("deprecation")
	public @Nullable InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return null;
	}

	@Override
	public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		return null;
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldCompletion(
			InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
		return null;
	}

	@Override
	public @Nullable InstrumentationContext<Object> beginFieldListCompletion(
			InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
		return null;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		return dataFetcher;
	}

	/**
	 * The request's DataLoaders, dispatching only those with keys waiting. Spring for
	 * GraphQL registers a loader for every batch mapping of every module in each request,
	 * and graphql-java dispatches every registered loader at each level of the operation:
	 * forty-odd loaders, each reading the clock and opening and closing a dispatch, for
	 * the one or two a page uses, 3 % of its CPU. A loader without keys has nothing to
	 * send. The loaders are the ones given, already instrumented (DataLoader timers).
	 */
	static final class PendingDataLoaders extends DataLoaderRegistry {

		private final @Nullable DataLoaderInstrumentation given;

		PendingDataLoaders(DataLoaderRegistry loaders) {
			// No instrumentation here: the loaders carry theirs, and would get it twice.
			super(loaders.getDataLoadersMap(), null);
			this.given = loaders.getInstrumentation();
		}

		@Override
		public @Nullable DataLoaderInstrumentation getInstrumentation() {
			return this.given;
		}

		@Override
		public void dispatchAll() {
			for (DataLoader<?, ?> loader : this.dataLoaders.values()) {
				if (loader.dispatchDepth() > 0) {
					loader.dispatch();
				}
			}
		}

		@Override
		public int dispatchAllWithCount() {
			int sum = 0;
			for (DataLoader<?, ?> loader : this.dataLoaders.values()) {
				if (loader.dispatchDepth() > 0) {
					sum += loader.dispatchWithCounts().getKeysCount();
				}
			}
			return sum;
		}

	}

}
