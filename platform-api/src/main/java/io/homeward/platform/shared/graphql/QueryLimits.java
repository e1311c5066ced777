package io.homeward.platform.shared.graphql;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

/**
 * The depth and cost limits every operation is checked against before it runs. Both leave
 * introspection out: its shape is fixed by the introspection schema, not by our data, and
 * the standard introspection query of GraphiQL, Postman and client generators nests its
 * {@code TypeRef} fragment 13 levels deep. graphql-java's good-faith introspection check
 * bounds it instead. Where introspection is disabled, {@code __schema} and {@code __type}
 * fail validation before these limits are reached.
 */
final class QueryLimits {

	/** A count over every row the tenant may see, whatever the page size. */
	static final int TOTAL_COUNT_COST = 50;

	private QueryLimits() {
	}

	/**
	 * Whether the field is {@code __schema} or {@code __type}, or lies under one: those
	 * two are the only ways into introspection, and only at the root.
	 */
	private static boolean isIntrospection(String rootFieldName) {
		return "__schema".equals(rootFieldName) || "__type".equals(rootFieldName);
	}

	/**
	 * A field costs 1 plus its children; a list inside a connection (its {@code edges})
	 * costs its children once per row of the page, the connection's {@code first} (capped
	 * at {@link PageRequest#MAX_FIRST}, 20 when not given); {@code totalCount} costs
	 * {@link #TOTAL_COUNT_COST}, once per connection.
	 */
	static int cost(FieldComplexityEnvironment field, int childrenCost) {
		FieldComplexityEnvironment root = field;
		while (root.getParentEnvironment() != null) {
			root = root.getParentEnvironment();
		}
		if (isIntrospection(root.getField().getName())) {
			return 0;
		}
		if ("totalCount".equals(field.getFieldDefinition().getName())) {
			return TOTAL_COUNT_COST;
		}
		return 1 + childrenCost * pageSize(field);
	}

	private static int pageSize(FieldComplexityEnvironment field) {
		FieldComplexityEnvironment connection = field.getParentEnvironment();
		if (connection == null
				|| !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()))) {
			return 1;
		}
		Object first = connection.getArguments().get("first");
		return (first instanceof Integer size) ? Math.max(1, Math.min(size, PageRequest.MAX_FIRST)) : 1;
	}

	/**
	 * A refusal by a limit, with the {@code extensions.code} clients can act on; the
	 * message keeps graphql-java's words, which name the measure and the limit.
	 */
	static final class LimitExceededException extends AbortExecutionException {

		private final String code;

		LimitExceededException(String code, String message) {
			super(message);
			this.code = code;
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of("code", code);
		}

	}

	/**
	 * The depth limit: as graphql-java's {@code MaxQueryDepthInstrumentation} measures it
	 * (a root field is at depth 1), over every field outside introspection.
	 */
	static final class Depth extends SimplePerformantInstrumentation {

		private final int maxDepth;

		Depth(int maxDepth) {
			this.maxDepth = maxDepth;
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			QueryTraverser traverser = QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(context.getExecutionInput().getOperationName())
				.coercedVariables(context.getCoercedVariables())
				.build();
			int depth = traverser.reducePreOrder((field, deepest) -> Math.max(depth(field), deepest), 0);
			if (depth > maxDepth) {
				throw new LimitExceededException("MAX_DEPTH_EXCEEDED",
						"maximum query depth exceeded " + depth + " > " + maxDepth);
			}
			return SimpleInstrumentationContext.noOp();
		}

		private static int depth(QueryVisitorFieldEnvironment field) {
			int depth = 1;
			QueryVisitorFieldEnvironment root = field;
			while (root.getParentEnvironment() != null) {
				root = root.getParentEnvironment();
				depth++;
			}
			return isIntrospection(root.getField().getName()) ? 0 : depth;
		}

	}

	/** The cost limit, priced by {@link QueryLimits#cost}. */
	static final class Cost extends MaxQueryComplexityInstrumentation {

		Cost(int maxCost) {
			super(maxCost, QueryLimits::cost);
		}

		@Override
		protected AbortExecutionException mkAbortException(int totalCost, int maxCost) {
			return new LimitExceededException("MAX_COST_EXCEEDED",
					"maximum query complexity exceeded " + totalCost + " > " + maxCost);
		}

	}

}
