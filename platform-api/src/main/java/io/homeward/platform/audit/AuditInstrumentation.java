package io.homeward.platform.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.homeward.platform.shared.DatabaseFailures;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each mutation field an organization's user ran, once the operation has
 * completed: the field, the ids its input named, and its outcome as the response shows it
 * (errors on the field: FAILED; user errors in its payload: REFUSED; otherwise DONE). On
 * the operation's hooks only, like every instrumentation of the service.
 * <p>
 * An operation refused before it runs (depth, cost, aliases, a rate limit) changed
 * nothing and is not recorded; nor are the public endpoint's mutations, which have no
 * organization (their own limits and records apply). An entry that cannot be written is
 * logged with its reference: the mutation has committed by then, each field in its
 * service's transaction.
 */
class AuditInstrumentation extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(AuditInstrumentation.class);

	/**
	 * The ids of one input recorded, at most: a batch of 500 events is not 500 targets.
	 */
	private static final int MAX_TARGETS = 20;

	private final AuditLog audit;

	AuditInstrumentation(AuditLog audit) {
		this.audit = audit;
	}

	/** A mutation field of the operation: its response key, its name, what it named. */
	private record Field(String key, String name, List<String> targets) {

	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION) {
			return null;
		}
		Tenant tenant = TenantContext.current().orElse(null);
		if (tenant == null) {
			return null;
		}
		List<Field> fields = new ArrayList<>();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getExecutionInput().getOperationName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment field) {
					if (field.getParentEnvironment() == null) {
						fields.add(new Field(field.getField().getResultKey(), field.getField().getName(),
								targets(field.getArguments().values())));
					}
				}
			});
		String operationName = context.getOperationDefinition().getName();
		return SimpleInstrumentationContext
			.whenCompleted((result, failure) -> record(tenant, operationName, fields, result, failure));
	}

	private void record(Tenant tenant, @Nullable String operationName, List<Field> fields,
			@Nullable ExecutionResult result, @Nullable Throwable failure) {
		Map<String, Object> data = (result != null && result.getData() instanceof Map<?, ?> map) ? cast(map) : Map.of();
		List<GraphQLError> errors = (result != null) ? result.getErrors() : List.of();
		for (Field field : fields) {
			List<String> failed = new ArrayList<>();
			for (GraphQLError error : errors) {
				List<Object> path = error.getPath();
				if (path != null && !path.isEmpty() && field.key().equals(path.getFirst())) {
					failed.add(code(error));
				}
			}
			AuditOutcome outcome;
			List<String> codes;
			if (failure != null || !failed.isEmpty()) {
				outcome = AuditOutcome.FAILED;
				codes = failed.isEmpty() ? List.of("INTERNAL") : failed;
			}
			else {
				Set<String> refused = new LinkedHashSet<>();
				userErrorCodes(data.get(field.key()), refused);
				outcome = refused.isEmpty() ? AuditOutcome.DONE : AuditOutcome.REFUSED;
				codes = List.copyOf(refused);
			}
			if (codes.contains("UNAVAILABLE") || (failure != null && DatabaseFailures.unavailable(failure))) {
				// The database the entry would go to did not answer the mutation either:
				// waiting for it again would only hold the response for another pool
				// timeout. The log keeps what the entry would have said.
				log.warn("Audit entry not written, the database being unreachable: {} by {} of {} ({}, {})",
						field.name(), tenant.username(), tenant.orgId(), outcome, field.targets());
				continue;
			}
			try {
				this.audit.append(tenant,
						new AuditRecord(field.name(), operationName, field.targets(), outcome, codes));
			}
			catch (RuntimeException ex) {
				String reference = UUID.randomUUID().toString();
				log.error("Audit entry {} not written: {} by {} of {} ({})", reference, field.name(), tenant.username(),
						tenant.orgId(), outcome, ex);
			}
		}
	}

	private static String code(GraphQLError error) {
		Map<String, Object> extensions = error.getExtensions();
		Object code = (extensions != null) ? extensions.get("code") : null;
		return (code != null) ? code.toString() : String.valueOf(error.getErrorType());
	}

	/**
	 * The codes of every {@code userErrors} in the payload, nested ones included (a
	 * batch's results each carry their own).
	 */
	private static void userErrorCodes(@Nullable Object value, Set<String> codes) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, entry) -> {
				if ("userErrors".equals(key) && entry instanceof Collection<?> list) {
					list.forEach((error) -> {
						if (error instanceof Map<?, ?> userError) {
							codes.add(String.valueOf(userError.get("code")));
						}
					});
				}
				else {
					userErrorCodes(entry, codes);
				}
			});
		}
		else if (value instanceof Collection<?> list) {
			list.forEach((entry) -> userErrorCodes(entry, codes));
		}
	}

	/**
	 * The ids an input names: values of fields called {@code id}, {@code …Id} or
	 * {@code …Ids}.
	 */
	private static List<String> targets(Collection<Object> arguments) {
		Set<String> found = new LinkedHashSet<>();
		arguments.forEach((argument) -> collect(null, argument, found));
		return List.copyOf(found);
	}

	private static void collect(@Nullable String name, @Nullable Object value, Set<String> found) {
		if (found.size() >= MAX_TARGETS || value == null) {
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, entry) -> collect(String.valueOf(key), entry, found));
		}
		else if (value instanceof Collection<?> list) {
			list.forEach((entry) -> collect(name, entry, found));
		}
		else if (name != null && value instanceof String text && text.length() <= 100
				&& (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids"))) {
			found.add(text);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

}
