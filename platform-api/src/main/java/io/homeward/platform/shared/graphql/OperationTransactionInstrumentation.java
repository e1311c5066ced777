package io.homeward.platform.shared.graphql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.execution.MergedField;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.language.OperationDefinition;
import io.homeward.platform.shared.DatabaseFailures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a query operation, all its fields and batch loaders, in one read-only transaction:
 * one connection from the pool, one tenant binding and one snapshot for the whole
 * response, however many batch loaders run. The module APIs the controllers call are
 * {@code @Transactional(readOnly = true)} and join it.
 * <p>
 * The transaction begins when the operation's fields start to execute, after the document
 * is parsed and validated and after every instrumentation's checks of the operation
 * (depth, cost) have passed, so a refused operation never holds a connection; it ends
 * once every field has completed, before the result is serialized. Mutations are left to
 * their services: each mutation field commits on its own, as the GraphQL specification
 * runs them one after the other, and one field's failure must not undo another's.
 * <p>
 * Every data fetcher runs on the request thread (see
 * {@link GraphQlExecutionConfiguration#controllersOnTheRequestThread()}), so the
 * operation completes on the thread that began the transaction. Should a fetcher ever
 * complete it elsewhere, that fetcher would read outside the transaction and see no rows
 * (row-level security fails closed); this class then logs the mistake and leaves the
 * transaction to the request thread's clean-up rather than touching another thread's
 * resources.
 * <p>
 * Queries take their turn for a connection through {@link QueryAdmission}, first come,
 * first served.
 * <p>
 * An operation whose root fields are all {@link RowlessQueryFields rowless} (or
 * introspection) reads nothing and runs without a transaction.
 */
final class OperationTransactionInstrumentation extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(OperationTransactionInstrumentation.class);

	private static final TransactionDefinition READ_ONLY = readOnly();

	private final PlatformTransactionManager transactions;

	private final QueryAdmission admission;

	private final Set<String> rowless;

	OperationTransactionInstrumentation(PlatformTransactionManager transactions, QueryAdmission admission,
			List<RowlessQueryFields> rowless) {
		this.transactions = transactions;
		this.admission = admission;
		Set<String> names = new HashSet<>(Set.of("__typename", "__schema", "__type"));
		rowless.forEach((fields) -> names.addAll(fields.rootFields()));
		this.rowless = Set.copyOf(names);
	}

	private static TransactionDefinition readOnly() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName("graphql query");
		return definition;
	}

	@Override
	public @Nullable ExecutionStrategyInstrumentationContext beginExecutionStrategy(
			InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
		OperationDefinition.Operation operation = parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation();
		if (operation != OperationDefinition.Operation.QUERY
				|| TransactionSynchronizationManager.isActualTransactionActive() || readsNoRows(parameters)) {
			return null;
		}
		this.admission.enter();
		TransactionStatus status;
		try {
			status = this.transactions.getTransaction(READ_ONLY);
		}
		catch (RuntimeException ex) {
			this.admission.leave();
			throw ex;
		}
		Thread owner = Thread.currentThread();
		return new ExecutionStrategyInstrumentationContext() {
			@Override
			public void onDispatched() {
			}

			@Override
			public void onCompleted(@Nullable ExecutionResult result, @Nullable Throwable failure) {
				if (Thread.currentThread() != owner) {
					log.error("A query completed on {} instead of {}, outside its transaction", Thread.currentThread(),
							owner);
					return;
				}
				try {
					if (failure != null || status.isRollbackOnly()) {
						rollback(status);
					}
					else {
						transactions.commit(status);
					}
				}
				finally {
					admission.leave();
				}
			}
		};
	}

	/**
	 * Rolls back, unless the connection is gone: PostgreSQL then ends the transaction
	 * itself, and the fields' own errors are the ones to answer.
	 */
	private void rollback(TransactionStatus status) {
		try {
			this.transactions.rollback(status);
		}
		catch (RuntimeException ex) {
			if (!DatabaseFailures.unreachable(ex)) {
				throw ex;
			}
			log.warn("A query's rollback found its connection gone: {}", ex.getMessage());
		}
	}

	private boolean readsNoRows(InstrumentationExecutionStrategyParameters parameters) {
		for (MergedField field : parameters.getExecutionStrategyParameters().getFields().getSubFieldsList()) {
			if (!this.rowless.contains(field.getName())) {
				return false;
			}
		}
		return true;
	}

}
