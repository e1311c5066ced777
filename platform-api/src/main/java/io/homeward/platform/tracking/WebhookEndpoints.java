package io.homeward.platform.tracking;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A shipper's webhook endpoints: created, disabled and enabled by its org-admins, listed
 * by anyone of the shipper. Row-level security keeps them to the shipper; another
 * organization finds none (a foreign id answers NOT_FOUND like a missing one).
 */
@Service
public class WebhookEndpoints {

	static final String CREATE_OPERATION = "webhookEndpointCreate";

	private static final String COLUMNS = """
			id, url, description, event_types, status, consecutive_failures, disabled_notice, disabled_at, created_at""";

	private final JdbcClient jdbc;

	private final WebhookSecrets secrets;

	private final WebhookSettings settings;

	private final IdempotencyKeys idempotencyKeys;

	WebhookEndpoints(JdbcClient jdbc, WebhookSecrets secrets, WebhookSettings settings,
			IdempotencyKeys idempotencyKeys) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.settings = settings;
		this.idempotencyKeys = idempotencyKeys;
	}

	/**
	 * Creates an endpoint with a new secret. A replay of the key answers the first
	 * response (ADR 0009), secret included, to the same user within the key's retention:
	 * the client that lost the first answer must get the secret it cannot read again.
	 */
	@Transactional
	public Outcome<CreatedEndpoint> create(WebhookEndpointCreate command) {
		Tenant tenant = TenantContext.require();
		Optional<Outcome<CreatedEndpoint>> refused = refusal(tenant, "Registering webhook endpoints");
		if (refused.isPresent()) {
			return refused.get();
		}
		Violations violations = new Violations();
		violations.text("idempotencyKey", command.idempotencyKey(), 200);
		violations.optionalText("description", command.description(), 500);
		if (violations.text("url", command.url(), 2000)) {
			urlProblem(command.url())
				.ifPresent((problem) -> violations.add("url", WebhookErrorCode.WEBHOOK_URL_NOT_ALLOWED, problem));
		}
		if (command.eventTypes() == null || command.eventTypes().isEmpty()) {
			violations.add("eventTypes", CommonErrorCode.REQUIRED, "Subscribe to at least one event type");
		}
		if (!violations.isEmpty()) {
			return Outcome.refused(violations);
		}
		// The service's claim: a replay finds the stored payload, which the adapter
		// answers.
		Optional<UUID> replayed;
		try {
			replayed = idempotencyKeys.replayedResult(CREATE_OPERATION, command.idempotencyKey(), command.toString());
		}
		catch (Refusal refusal) {
			// The key was used with another input: nothing is written, and the
			// transaction (the adapter's, ADR 0009) ends rolled back.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return Outcome.refused(refusal.errors());
		}
		if (replayed.isPresent()) {
			WebhookEndpoint endpoint = byIds(List.of(replayed.get())).getFirst();
			return Outcome.done(new CreatedEndpoint(endpoint, "(shown once)"));
		}
		UUID id = UUID.randomUUID();
		String secret = secrets.generate();
		List<String> types = new LinkedHashSet<>(command.eventTypes()).stream().map(Enum::name).toList();
		jdbc.sql("""
				insert into webhook_endpoint (shipper_id, id, url, description, event_types, secret_ciphertext, status,
				                              created_at, created_by, version)
				values (:shipper, :id, :url, :description, :types, :secret, 'ENABLED', :now, :by, 0)""")
			.param("shipper", tenant.orgId())
			.param("id", id)
			.param("url", command.url())
			.param("description", command.description())
			.param("types", types.toArray(String[]::new))
			.param("secret", secrets.encrypt(id, secret))
			.param("now", now())
			.param("by", tenant.userId())
			.update();
		idempotencyKeys.complete(CREATE_OPERATION, command.idempotencyKey(), id);
		return Outcome.done(new CreatedEndpoint(byIds(List.of(id)).getFirst(), secret));
	}

	/** Stops deliveries to the endpoint; pending ones wait until it is enabled again. */
	@Transactional
	public Outcome<WebhookEndpoint> disable(UUID endpointId) {
		return change(endpointId, false);
	}

	/**
	 * Resumes deliveries, its failure count reset and the platform's notice cleared;
	 * pending deliveries go out at once.
	 */
	@Transactional
	public Outcome<WebhookEndpoint> enable(UUID endpointId) {
		return change(endpointId, true);
	}

	private Outcome<WebhookEndpoint> change(UUID endpointId, boolean enable) {
		Tenant tenant = TenantContext.require();
		if (byIds(List.of(endpointId)).isEmpty()) {
			return Outcome.refused("endpointId", CommonErrorCode.NOT_FOUND, "No such webhook endpoint");
		}
		Optional<Outcome<WebhookEndpoint>> refused = refusal(tenant, "Changing webhook endpoints");
		if (refused.isPresent()) {
			return refused.get();
		}
		if (enable) {
			jdbc.sql("""
					update webhook_endpoint set status = 'ENABLED', consecutive_failures = 0, disabled_notice = null,
					       disabled_at = null, version = version + 1
					where shipper_id = :shipper and id = :id""")
				.param("shipper", tenant.orgId())
				.param("id", endpointId)
				.update();
			jdbc.sql("""
					update webhook_delivery set next_attempt_at = now()
					where shipper_id = :shipper and endpoint_id = :id and state = 'PENDING'""")
				.param("shipper", tenant.orgId())
				.param("id", endpointId)
				.update();
		}
		else {
			jdbc.sql("""
					update webhook_endpoint set status = 'DISABLED', disabled_notice = null, disabled_at = now(),
					       version = version + 1
					where shipper_id = :shipper and id = :id""")
				.param("shipper", tenant.orgId())
				.param("id", endpointId)
				.update();
		}
		return Outcome.done(byIds(List.of(endpointId)).getFirst());
	}

	/** The caller's own endpoints; an organization that is not a shipper has none. */
	@Transactional(readOnly = true)
	public List<WebhookEndpoint> list() {
		TenantContext.require();
		return jdbc.sql("select " + COLUMNS + " from webhook_endpoint order by created_at, id")
			.query((rs, row) -> endpoint(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public List<WebhookEndpoint> byIds(List<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from webhook_endpoint where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, row) -> endpoint(rs))
			.list();
	}

	private static WebhookEndpoint endpoint(java.sql.ResultSet rs) throws java.sql.SQLException {
		String[] types = (String[]) rs.getArray("event_types").getArray();
		return new WebhookEndpoint(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("description"),
				Arrays.stream(types).map(WebhookEventType::valueOf).toList(),
				WebhookEndpoint.Status.valueOf(rs.getString("status")), rs.getInt("consecutive_failures"),
				rs.getString("disabled_notice"), rs.getObject("disabled_at", OffsetDateTime.class),
				rs.getObject("created_at", OffsetDateTime.class));
	}

	/**
	 * Why the URL may not receive webhooks, or empty when it may: https with a host, no
	 * user info (credentials would be stored and logged as part of the URL) and no
	 * fragment; plain http only for a loopback host, and only where
	 * {@code homeward.webhooks.allow-loopback-http} is on.
	 */
	Optional<String> urlProblem(@Nullable String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException | NullPointerException ex) {
			return Optional.of("Not a URL");
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return Optional.of("The URL has no host");
		}
		if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return Optional.of("The URL may not carry credentials or a fragment");
		}
		if (scheme.equals("https")) {
			return Optional.empty();
		}
		if (scheme.equals("http") && settings.allowLoopbackHttp() && loopback(uri.getHost())) {
			return Optional.empty();
		}
		return Optional.of("Webhook URLs must be https");
	}

	private static boolean loopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		// Literal addresses only: a name is not resolved here (it could resolve elsewhere
		// later).
		if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}

	/** Only shippers have endpoints, and only their org-admins change them. */
	private static <T> Optional<Outcome<T>> refusal(Tenant tenant, String action) {
		return tenant.refusalToAdminister(OrganizationKind.SHIPPER, "", "Only shippers have webhook endpoints", action)
			.map((error) -> Outcome.refused(List.of(error)));
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
