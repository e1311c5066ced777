package io.homeward.platform.tenancy.graphql;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import io.homeward.platform.shared.DatabaseFailures;
import io.homeward.platform.shared.graphql.PublicMutationFields;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.IdempotencyKeys.Claim;
import io.homeward.platform.tenancy.IdempotencyKeys.Claimed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Executes mutations one after the other, as the specification says, and makes a mutation
 * field whose {@code input} carries an {@code idempotencyKey} answer a replay with
 * exactly what its first request answered.
 * <p>
 * Such a field runs in one transaction from its fetch until its whole payload is
 * complete, nested fields and batch loaders included; the module's service joins it and
 * claims the key ({@link IdempotencyKeys#claim}). For a fresh key the payload's JSON,
 * under this request's selection, is stored with the key before the transaction commits,
 * so the effect and its answer commit together, and a concurrent duplicate, blocked on
 * the key's row until then, finds both. For a replay the field's value is the stored
 * JSON, verbatim: the payload's nested fields are not resolved again, so no fetcher ever
 * sees anything but the objects it was written for. A field whose service refused (the
 * transaction is rollback-only) or whose answer carries errors is rolled back whole and
 * stores nothing, so a retry with the key is a first request again.
 * <p>
 * Like the query transaction of {@code OperationTransactionInstrumentation}, this relies
 * on every fetcher running on the request thread; should one complete elsewhere, the
 * field fails and the mistake is logged rather than another thread's transaction touched.
 */
final class KeyedMutationStrategy extends AsyncSerialExecutionStrategy {

	private static final Logger log = LoggerFactory.getLogger(KeyedMutationStrategy.class);

	private static final TransactionDefinition FIELD = field();

	private final PlatformTransactionManager transactions;

	private final IdempotencyKeys keys;

	private final JsonMapper json;

	/** Exact decimals, so a stored number reads back as it was written. */
	private final ObjectReader reader;

	/**
	 * Fields that keep their keys themselves ({@link PublicMutationFields},
	 * {@code SelfKeyedMutationFields}).
	 */
	private final Set<String> unkeyed;

	KeyedMutationStrategy(DataFetcherExceptionHandler exceptions, PlatformTransactionManager transactions,
			IdempotencyKeys keys, JsonMapper json, Set<String> unkeyed) {
		super(exceptions);
		this.unkeyed = Set.copyOf(unkeyed);
		this.transactions = transactions;
		this.keys = keys;
		this.json = json;
		this.reader = json.readerFor(Object.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	private static TransactionDefinition field() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setName("graphql keyed mutation");
		return definition;
	}

	@Override
	protected Object resolveFieldWithInfo(ExecutionContext context, ExecutionStrategyParameters parameters) {
		if (!isKeyed(context, parameters)) {
			return super.resolveFieldWithInfo(context, parameters);
		}
		Ending ending = new Ending(context, this.transactions.getTransaction(FIELD));
		Object resolved;
		try {
			resolved = super.resolveFieldWithInfo(context, parameters);
		}
		catch (RuntimeException | Error ex) {
			ending.rollback();
			throw ex;
		}
		if (resolved instanceof CompletableFuture<?> future) {
			return future.handle((info, failure) -> {
				if (failure != null) {
					ending.rollback();
					throw (failure instanceof CompletionException completion) ? completion
							: new CompletionException(failure);
				}
				return ending.after((FieldValueInfo) info);
			});
		}
		return ending.after((FieldValueInfo) resolved);
	}

	/** A replay's payload is the stored JSON, not the object as it is now. */
	@Override
	protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters,
			GraphQLObjectType type, Object result) {
		if (isKeyed(context, parameters)) {
			Optional<String> stored = this.keys.claimedInThisTransaction()
				.map(Claimed::claim)
				.filter(Claim.Replay.class::isInstance)
				.map((claim) -> ((Claim.Replay) claim).response());
			if (stored.isPresent()) {
				return this.reader.readValue(stored.get());
			}
		}
		return super.completeValueForObject(context, parameters, type, result);
	}

	/**
	 * A root field of the mutation whose {@code input} argument has an
	 * {@code idempotencyKey} field, unless it is public: a public field binds the
	 * organization it acts for itself, which a transaction begun here could not.
	 */
	private boolean isKeyed(ExecutionContext context, ExecutionStrategyParameters parameters) {
		if (parameters.getPath().getLevel() != 1 || this.unkeyed.contains(parameters.getField().getName())) {
			return false;
		}
		GraphQLObjectType mutation = context.getGraphQLSchema().getMutationType();
		@Nullable GraphQLFieldDefinition field = (mutation != null) ? mutation.getFieldDefinition(parameters.getField().getName())
				: null;
		@Nullable GraphQLArgument input = (field != null) ? field.getArgument("input") : null;
		return input != null && GraphQLTypeUtil.unwrapAll(input.getType()) instanceof GraphQLInputObjectType object
				&& object.getField("idempotencyKey") != null;
	}

	/** How one keyed field's transaction ends. */
	private final class Ending {

		private final ExecutionContext context;

		private final TransactionStatus status;

		private final Thread owner = Thread.currentThread();

		private final int errorsBefore;

		Ending(ExecutionContext context, TransactionStatus status) {
			this.context = context;
			this.status = status;
			this.errorsBefore = context.getErrors().size();
		}

		/**
		 * The field's value once it is complete and its transaction has ended: the next
		 * mutation field, and the response, wait for the commit.
		 */
		FieldValueInfo after(FieldValueInfo info) {
			CompletableFuture<Object> ended = info.getFieldValueFuture().handle(this::end);
			return new FieldValueInfo(info.getCompleteValueType(), ended, info.getFieldValueInfos());
		}

		private @Nullable Object end(@Nullable Object value, @Nullable Throwable failure) {
			if (Thread.currentThread() != this.owner) {
				log.error("A keyed mutation completed on {} instead of {}, outside its transaction",
						Thread.currentThread(), this.owner);
				throw new CompletionException(new IllegalStateException("Mutation completed off its thread"));
			}
			boolean clean = failure == null && value != null && this.context.getErrors().size() == this.errorsBefore;
			if (!clean || this.status.isRollbackOnly()) {
				rollback();
			}
			else {
				try {
					keys.claimedInThisTransaction()
						.filter((claimed) -> claimed.claim() instanceof Claim.Fresh)
						.ifPresent((claimed) -> keys.storeResponse(claimed, json.writeValueAsString(value)));
				}
				catch (RuntimeException ex) {
					rollback();
					throw new CompletionException(ex);
				}
				transactions.commit(this.status);
			}
			if (failure != null) {
				throw (failure instanceof CompletionException completion) ? completion
						: new CompletionException(failure);
			}
			return value;
		}

		/**
		 * Rolls back, unless the connection is gone: PostgreSQL then ends the transaction
		 * itself, without a commit, and the field's own failure is the one to answer.
		 */
		void rollback() {
			if (!this.status.isCompleted()) {
				try {
					transactions.rollback(this.status);
				}
				catch (RuntimeException ex) {
					if (!DatabaseFailures.unreachable(ex)) {
						throw ex;
					}
					log.warn("A keyed mutation's rollback found its connection gone: {}", ex.getMessage());
				}
			}
		}

	}

}
