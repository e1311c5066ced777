package io.homeward.platform.tracking;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.homeward.platform.tenancy.OrganizationDisabledException;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due deliveries. It runs outside any request, so it binds no
 * organization of its own: it asks {@code webhook_due_shippers} which shippers have
 * deliveries due (their ids only), then works as each of them in turn, under that
 * shipper's own row-level security ({@code docs/adr/0011-webhook-relay-binding.md}).
 * <p>
 * One delivery per transaction: the row is claimed with
 * {@code select … for update skip locked}, sent, and its attempt recorded, all before the
 * commit. A second relay skips the locked row, so two relays never send one row at the
 * same time; a relay that dies after sending and before its commit leaves the row as it
 * was, due, and a relay sends it again with the same event id (at least once; receivers
 * dedupe on {@code Homeward-Event-Id}). The lock is held while the request runs, bounded
 * by the timeouts.
 */
@Component
public class WebhookRelay {

	private static final Logger log = LoggerFactory.getLogger(WebhookRelay.class);

	/** Who the relay is in a shipper's binding (no user of the shipper's, no roles). */
	static final String RELAY_USER = "webhook-relay";

	private static final int SHIPPERS_PER_RUN = 100;

	private static final int DELIVERIES_PER_SHIPPER = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final WebhookSecrets secrets;

	private final WebhookSettings settings;

	private final HttpClient http;

	WebhookRelay(JdbcClient jdbc, PlatformTransactionManager transactions, WebhookSecrets secrets,
			WebhookSettings settings) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.secrets = secrets;
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			// HTTP/1.1: no h2c upgrade attempt on plain connections, which some receivers
			// mishandle; a webhook is one small POST.
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** Sends everything due now; answers the number of attempts made. */
	public int runOnce() {
		return runOnce(() -> {
		});
	}

	/**
	 * As {@link #runOnce()}, calling {@code afterSend} after each request and before its
	 * outcome is recorded: tests make it throw to be a relay that dies there.
	 */
	int runOnce(Runnable afterSend) {
		List<UUID> shippers = jdbc.sql("select webhook_due_shippers(:limit)")
			.param("limit", SHIPPERS_PER_RUN)
			.query(UUID.class)
			.list();
		int attempts = 0;
		for (UUID shipper : shippers) {
			Tenant relay = Tenant.acting(shipper, OrganizationKind.SHIPPER, RELAY_USER);
			for (int i = 0; i < DELIVERIES_PER_SHIPPER; i++) {
				boolean sent;
				try {
					sent = TenantContext.supplyAs(relay,
							() -> Boolean.TRUE.equals(transactions.execute((status) -> sendOne(shipper, afterSend))));
				}
				catch (CannotCreateTransactionException ex) {
					if (!OrganizationDisabledException.isCauseOf(ex)) {
						throw ex;
					}
					// A disabled shipper's deliveries wait (it may be enabled again); the
					// other shippers' go on.
					break;
				}
				if (!sent) {
					break;
				}
				attempts++;
			}
		}
		return attempts;
	}

	private record Due(UUID id, UUID endpointId, UUID eventId, String eventType, String payload, int attempts,
			String url, byte[] secret) {

	}

	private boolean sendOne(UUID shipper, Runnable afterSend) {
		Optional<Due> claimed = jdbc.sql("""
				select d.id, d.endpoint_id, d.event_id, d.event_type, d.payload::text as payload, d.attempts, e.url,
				       e.secret_ciphertext
				from webhook_delivery d
				join webhook_endpoint e on e.shipper_id = d.shipper_id and e.id = d.endpoint_id
				where d.shipper_id = :shipper and d.state = 'PENDING' and d.next_attempt_at <= now()
				  and e.status = 'ENABLED'
				order by d.next_attempt_at, d.id
				limit 1
				for update of d skip locked""")
			.param("shipper", shipper)
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getObject("endpoint_id", UUID.class),
					rs.getObject("event_id", UUID.class), rs.getString("event_type"), rs.getString("payload"),
					rs.getInt("attempts"), rs.getString("url"), rs.getBytes("secret_ciphertext")))
			.optional();
		if (claimed.isEmpty()) {
			return false;
		}
		Due due = claimed.get();
		long timestamp = Instant.now().getEpochSecond();
		String secret = secrets.decrypt(due.endpointId(), due.secret());
		HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
			.timeout(settings.requestTimeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "Homeward-Webhooks/1")
			.header("Homeward-Event-Id", due.eventId().toString())
			.header("Homeward-Event-Type", due.eventType())
			.header("Homeward-Delivery-Id", due.id().toString())
			.header("Homeward-Timestamp", Long.toString(timestamp))
			.header("Homeward-Signature",
					WebhookSignature.sign(secret, due.eventId().toString(), timestamp, due.payload()))
			.POST(HttpRequest.BodyPublishers.ofString(due.payload(), StandardCharsets.UTF_8))
			.build();
		long started = System.nanoTime();
		Integer status = null;
		String error = null;
		try {
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (HttpConnectTimeoutException ex) {
			error = "connect timeout";
		}
		catch (HttpTimeoutException ex) {
			error = "timeout";
		}
		catch (ConnectException ex) {
			error = "connection failed";
		}
		catch (IOException ex) {
			// The class only: a message may repeat the URL, which can hold a token.
			error = "I/O error (" + ex.getClass().getSimpleName() + ")";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending a webhook", ex);
		}
		int durationMs = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
		afterSend.run();
		record(shipper, due, status, error, durationMs);
		return true;
	}

	private void record(UUID shipper, Due due, Integer status, String error, int durationMs) {
		boolean delivered = status != null && status >= 200 && status < 300;
		boolean retryable = !delivered && (status == null || status >= 500);
		String summary = delivered ? null : (status != null) ? "HTTP " + status : error;
		jdbc.sql("""
				insert into webhook_attempt (shipper_id, id, delivery_id, attempted_at, status_code, duration_ms, error)
				values (:shipper, :id, :delivery, now(), :status, :duration, :error)""")
			.param("shipper", shipper)
			.param("id", UUID.randomUUID())
			.param("delivery", due.id())
			.param("status", status)
			.param("duration", durationMs)
			.param("error", summary)
			.update();
		int attempts = due.attempts() + 1;
		if (delivered) {
			jdbc.sql("""
					update webhook_delivery set state = 'DELIVERED', attempts = :attempts, delivered_at = now()
					where shipper_id = :shipper and id = :id""")
				.param("attempts", attempts)
				.param("shipper", shipper)
				.param("id", due.id())
				.update();
			jdbc.sql("update webhook_endpoint set consecutive_failures = 0 where shipper_id = :shipper and id = :id")
				.param("shipper", shipper)
				.param("id", due.endpointId())
				.update();
			return;
		}
		boolean giveUp = !retryable || attempts >= settings.maxAttempts();
		jdbc.sql("""
				update webhook_delivery
				set attempts = :attempts, state = :state, next_attempt_at = now() + make_interval(secs => :wait)
				where shipper_id = :shipper and id = :id""")
			.param("attempts", attempts)
			.param("state", giveUp ? "FAILED" : "PENDING")
			.param("wait", giveUp ? 0.0 : backoff(attempts).toMillis() / 1000.0)
			.param("shipper", shipper)
			.param("id", due.id())
			.update();
		Integer failures = jdbc.sql("""
				update webhook_endpoint set consecutive_failures = consecutive_failures + 1
				where shipper_id = :shipper and id = :id returning consecutive_failures""")
			.param("shipper", shipper)
			.param("id", due.endpointId())
			.query(Integer.class)
			.single();
		if (failures != null && failures >= settings.disableAfter()) {
			jdbc.sql("""
					update webhook_endpoint
					set status = 'DISABLED', disabled_at = now(), version = version + 1, disabled_notice = :notice
					where shipper_id = :shipper and id = :id and status = 'ENABLED'""")
				.param("notice",
						"Disabled by the platform after " + failures + " failed deliveries in a row (last: " + summary
								+ "); enable it again once it answers 2xx")
				.param("shipper", shipper)
				.param("id", due.endpointId())
				.update();
			log.info("Webhook endpoint {} disabled after {} consecutive failures", due.endpointId(), failures);
		}
	}

	/**
	 * The wait before attempt {@code attempts + 1}: the base doubled per attempt made, at
	 * most the maximum, then "equal jitter" (half of it fixed, the other half random) so
	 * that endpoints failing together do not retry together.
	 */
	Duration backoff(int attempts) {
		long base = settings.backoffBase().toMillis();
		long max = settings.backoffMax().toMillis();
		long exponential = (attempts >= 40) ? max : Math.min(max, base << Math.min(attempts - 1, 40));
		long half = exponential / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
	}

}
