package io.homeward.platform.tenancy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.homeward.platform.shared.Sha256;
import io.homeward.platform.shared.Refusal;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Idempotency keys of mutations that create or spend, scoped to organization, user and
 * operation and stored in the caller's transaction, so the key and the effect commit or
 * roll back together. A concurrent duplicate blocks on the key's primary key until the
 * first transaction ends, then replays. Keys are kept for a retention window
 * ({@code homeward.idempotency.retention}, 24 hours by default): a key older than that is
 * free again, and its row is taken over by the next claim.
 * <p>
 * A key also keeps the response its first request answered, as the API's adapter stores
 * it ({@link #storeResponse}) before the effect's transaction commits: a replay is
 * answered with exactly that, whatever happened to the object since. The adapter learns
 * which key its transaction claimed from {@link #claimedInThisTransaction()}, so the
 * modules keep claiming keys themselves, with their own fingerprint of the input.
 */
@Service
public class IdempotencyKeys {

	/** One claim in this many also purges the organization's expired keys. */
	private static final int PURGE_EVERY = 64;

	/**
	 * The transaction resource under which a claim is remembered until the transaction
	 * ends.
	 */
	private static final Object CLAIMED = new Object();

	private final JdbcTemplate jdbc;

	private final Duration retention;

	IdempotencyKeys(JdbcTemplate jdbc, @Value("${homeward.idempotency.retention:24h}") Duration retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	/** What to do with a request carrying a key. */
	public sealed interface Claim {

		/** First use: perform the effect, then {@link #complete}. */
		record Fresh() implements Claim {
		}

		/**
		 * Seen before with the same input: answer with what it produced.
		 *
		 * @param response what the first request answered, if the adapter stored it
		 */
		record Replay(UUID resultId, @Nullable String response) implements Claim {
		}

		/** Seen before with a different input: an error. */
		record Reused() implements Claim {
		}

	}

	/** The key a transaction claimed, and what the claim found. */
	public record Claimed(String operation, String key, Claim claim) {
	}

	/**
	 * The claim as a creating command uses it: the id of the first result when this is a
	 * replay, empty when the effect is to be performed now; a key used before with
	 * another input is refused on {@code idempotencyKey}, rolling the caller's
	 * transaction back.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<UUID> replayedResult(String operation, String key, String requestFingerprint) {
		return switch (claim(operation, key, requestFingerprint)) {
			case Claim.Replay replay -> Optional.of(replay.resultId());
			case Claim.Reused reused -> throw Refusal.of("idempotencyKey", TenancyErrorCode.IDEMPOTENCY_KEY_REUSED,
					"This key was used with a different input");
			case Claim.Fresh fresh -> Optional.empty();
		};
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Claim claim(String operation, String key, String requestFingerprint) {
		Tenant tenant = TenantContext.require();
		String hash = sha256(requestFingerprint);
		if (ThreadLocalRandom.current().nextInt(PURGE_EVERY) == 0) {
			jdbc.update("delete from idempotency_record where org_id = ? and created_at < now() - ?::interval",
					tenant.orgId(), interval());
		}
		// A new key is inserted; an expired one is taken over as if new. Either way this
		// transaction now holds the row until it ends.
		int claimed = jdbc.update("""
				insert into idempotency_record (org_id, user_id, operation, idempotency_key, request_hash)
				values (?, ?, ?, ?, ?)
				on conflict (org_id, user_id, operation, idempotency_key) do update
				set request_hash = excluded.request_hash, result_id = null, response = null, created_at = now()
				where idempotency_record.created_at < now() - ?::interval""", tenant.orgId(), tenant.userId(),
				operation, key, hash, interval());
		if (claimed == 1) {
			return remember(operation, key, new Claim.Fresh());
		}
		Claim found = jdbc.queryForObject("""
				select request_hash, result_id, response from idempotency_record
				where org_id = ? and user_id = ? and operation = ? and idempotency_key = ?""", (rs, row) -> {
			@Nullable UUID result = rs.getObject("result_id", UUID.class);
			if (!rs.getString("request_hash").equals(hash) || result == null) {
				return new Claim.Reused();
			}
			return new Claim.Replay(result, rs.getString("response"));
		}, tenant.orgId(), tenant.userId(), operation, key);
		// A reused key refuses the request and rolls its transaction back: nothing to
		// answer from it.
		return (found instanceof Claim.Reused) ? found : remember(operation, key, found);
	}

	/**
	 * The key the current transaction claimed last, until the transaction ends: a
	 * {@link Claim.Fresh} whose response the adapter stores, or a {@link Claim.Replay} it
	 * answers with the stored response.
	 */
	public Optional<Claimed> claimedInThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		return Optional.ofNullable((Claimed) TransactionSynchronizationManager.getResource(CLAIMED));
	}

	/**
	 * Keeps the response a fresh key's request answered (JSON), in the transaction that
	 * made the effect, so the two commit or roll back together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void storeResponse(Claimed claimed, String json) {
		if (!(claimed.claim() instanceof Claim.Fresh)) {
			throw new IllegalStateException("Only a fresh key's first response is kept");
		}
		Tenant tenant = TenantContext.require();
		jdbc.update("""
				update idempotency_record set response = ?::json
				where org_id = ? and user_id = ? and operation = ? and idempotency_key = ?""", json, tenant.orgId(),
				tenant.userId(), claimed.operation(), claimed.key());
	}

	private Claim remember(String operation, String key, Claim claim) {
		Claimed claimed = new Claimed(operation, key, claim);
		if (TransactionSynchronizationManager.hasResource(CLAIMED)) {
			TransactionSynchronizationManager.unbindResource(CLAIMED);
		}
		else {
			// The claim belongs to this transaction only: a pooled thread must not carry
			// it into the next.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CLAIMED);
				}
			});
		}
		TransactionSynchronizationManager.bindResource(CLAIMED, claimed);
		return claim;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(String operation, String key, UUID resultId) {
		Tenant tenant = TenantContext.require();
		jdbc.update("""
				update idempotency_record set result_id = ?
				where org_id = ? and user_id = ? and operation = ? and idempotency_key = ?""", resultId, tenant.orgId(),
				tenant.userId(), operation, key);
	}

	private String interval() {
		return retention.toMillis() + " milliseconds";
	}

	private static String sha256(String text) {
		return Sha256.hex(text);
	}

}
