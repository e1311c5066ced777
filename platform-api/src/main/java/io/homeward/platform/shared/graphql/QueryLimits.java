package io.homeward.platform.shared.graphql;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
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

	/**
	 * The request context's key of the operation's measured cost, for the cost rate
	 * limits that run after these checks.
	 */
	static final String COST = "homeward.cost";

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
	 * A refusal by a limit before the operation runs, with the {@code extensions.code}
	 * clients can act on (and, for a rate limit, the wait); the messages of depth and
	 * cost keep graphql-java's words, which name the measure and the limit.
	 */
	static final class LimitExceededException extends AbortExecutionException {

		private final Map<String, Object> extensions;

		LimitExceededException(String code, String message) {
			this(message, Map.of("code", code));
		}

		LimitExceededException(String message, Map<String, Object> extensions) {
			super(message);
			this.extensions = extensions;
		}

		@Override
		public Map<String, Object> getExtensions() {
			return this.extensions;
		}

	}

	/**
	 * The depth and cost limits. Depth is measured as graphql-java's
	 * {@code MaxQueryDepthInstrumentation} measures it (a root field is at depth 1), over
	 * every field outside introspection; cost by {@link QueryLimits#cost}, as
	 * graphql-java's {@code MaxQueryComplexityInstrumentation} adds it up.
	 * <p>
	 * Each measure walks the whole operation, field by field: two walks were 5 % of the
	 * CPU of a page of returns. Clients send the same few documents again and again, and
	 * {@link ParsedDocumentCache} hands the engine the same parsed document each time, so
	 * both are measured once per document, operation and variables, and remembered for as
	 * many of them as the document cache keeps documents (for small variables only).
	 */
	static final class Checks extends SimplePerformantInstrumentation {

		private final int maxDepth;

		private final int maxCost;

		private final int maxAliases;

		private final Map<Operation, Measure> measures;

		Checks(int maxDepth, int maxCost, int maxAliases, int capacity) {
			this.maxDepth = maxDepth;
			this.maxCost = maxCost;
			this.maxAliases = maxAliases;
			this.measures = LeastRecentlyUsed.map(capacity);
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			Map<String, Object> variables = context.getCoercedVariables().toMap();
			String text = TextInputs.problem(variables, context.getExecutionInput().getQuery(), context.getDocument());
			if (text != null) {
				throw new LimitExceededException("BAD_USER_INPUT", text);
			}
			Measure measure;
			if (small(variables)) {
				Operation operation = new Operation(context.getDocument(),
						context.getExecutionInput().getOperationName(), variables);
				measure = this.measures.get(operation);
				if (measure == null) {
					measure = measure(context);
					this.measures.put(operation, measure);
				}
			}
			else {
				measure = measure(context);
			}
			if (measure.depth() > this.maxDepth) {
				throw new LimitExceededException("MAX_DEPTH_EXCEEDED",
						"maximum query depth exceeded " + measure.depth() + " > " + this.maxDepth);
			}
			if (measure.cost() > this.maxCost) {
				throw new LimitExceededException("MAX_COST_EXCEEDED",
						"maximum query complexity exceeded " + measure.cost() + " > " + this.maxCost);
			}
			if (measure.aliases() > this.maxAliases) {
				throw new LimitExceededException("MAX_ALIASES_EXCEEDED",
						"maximum aliases exceeded " + measure.aliases() + " > " + this.maxAliases);
			}
			context.getGraphQLContext().put(COST, measure.cost());
			return SimpleInstrumentationContext.noOp();
		}

		/**
		 * Whether the variables are small enough to keep as part of a key: the measures
		 * are kept for a thousand operations, and a thousand requests with megabytes of
		 * variables each (a batch of events, say) must not be kept with them. Larger
		 * variables are measured on every request, as before.
		 */
		static boolean small(Map<String, Object> variables) {
			int[] budget = { MEMO_VALUES };
			return variables.values().stream().allMatch((value) -> small(value, budget));
		}

		private static boolean small(@Nullable Object value, int[] budget) {
			if (--budget[0] < 0) {
				return false;
			}
			if (value instanceof CharSequence text) {
				return text.length() <= MEMO_TEXT;
			}
			if (value instanceof Map<?, ?> map) {
				return map.values().stream().allMatch((entry) -> small(entry, budget));
			}
			if (value instanceof Collection<?> list) {
				return list.stream().allMatch((entry) -> small(entry, budget));
			}
			return true;
		}

		/** The values, and the characters of each text, of variables kept in a key. */
		static final int MEMO_VALUES = 32;

		static final int MEMO_TEXT = 256;

		int measured() {
			return this.measures.size();
		}

		private static Measure measure(ExecutionContext context) {
			String operationName = context.getExecutionInput().getOperationName();
			// Depth and aliases in one walk: a thousand cheap aliased fields stay under
			// the cost limit and would each still run (resolve, serialize).
			int[] measured = QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(operationName)
				.coercedVariables(context.getCoercedVariables())
				.build()
				.reducePreOrder((field, so) -> {
					int depth = depth(field);
					return new int[] { Math.max(depth, so[0]),
							so[1] + ((depth > 0 && field.getField().getAlias() != null) ? 1 : 0) };
				}, new int[] { 0, 0 });
			int cost = QueryComplexityCalculator.newCalculator()
				.fieldComplexityCalculator(QueryLimits::cost)
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(operationName)
				.variables(context.getCoercedVariables())
				.build()
				.calculate();
			return new Measure(measured[0], cost, measured[1]);
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

	private record Measure(int depth, int cost, int aliases) {
	}

	/**
	 * An operation of a parsed document with its variables. The document is compared by
	 * identity: nodes do not define equality, and the cache's document is one object.
	 */
	private record Operation(Document document, @Nullable String name, Map<String, Object> variables) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Operation that && this.document == that.document
					&& Objects.equals(this.name, that.name) && this.variables.equals(that.variables);
		}

		@Override
		public int hashCode() {
			return 31 * (31 * System.identityHashCode(this.document) + Objects.hashCode(this.name))
					+ this.variables.hashCode();
		}

	}

}
