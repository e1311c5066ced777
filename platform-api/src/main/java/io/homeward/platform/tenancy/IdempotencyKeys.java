package io.homeward.platform.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency keys of mutations that create or spend, scoped to organization, user and
 * operation and stored in the caller's transaction, so the key and the effect commit or
 * roll back together. A concurrent duplicate blocks on the key's primary key until the
 * first transaction ends, then replays. Keys are kept for a retention window
 * ({@code homeward.idempotency.retention}, 24 hours by default): a key older than that is
 * free again, and its row is taken over by the next claim.
 */
@Service
public class IdempotencyKeys {

	/** One claim in this many also purges the organization's expired keys. */
	private static final int PURGE_EVERY = 64;

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

		/** Seen before with the same input: answer with what it produced. */
		record Replay(UUID resultId) implements Claim {
		}

		/** Seen before with a different input: an error. */
		record Reused() implements Claim {
		}

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
				set request_hash = excluded.request_hash, result_id = null, created_at = now()
				where idempotency_record.created_at < now() - ?::interval""", tenant.orgId(), tenant.userId(),
				operation, key, hash, interval());
		if (claimed == 1) {
			return new Claim.Fresh();
		}
		return jdbc.queryForObject("""
				select request_hash, result_id from idempotency_record
				where org_id = ? and user_id = ? and operation = ? and idempotency_key = ?""", (rs, row) -> {
			@Nullable UUID result = rs.getObject("result_id", UUID.class);
			if (!rs.getString("request_hash").equals(hash) || result == null) {
				return new Claim.Reused();
			}
			return new Claim.Replay(result);
		}, tenant.orgId(), tenant.userId(), operation, key);
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
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
