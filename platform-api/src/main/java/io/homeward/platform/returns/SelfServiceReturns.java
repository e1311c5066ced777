package io.homeward.platform.returns;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.NetworkErrorCode;
import io.homeward.platform.network.ProgramAdmission;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.Sha256;
import io.homeward.platform.shared.UniqueKeys;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.shared.Violations;
import io.homeward.platform.shared.ratelimit.RateDecision;
import io.homeward.platform.shared.ratelimit.RateLimit;
import io.homeward.platform.shared.ratelimit.RateLimitUnavailableException;
import io.homeward.platform.shared.ratelimit.RateLimiter;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Organizations;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-service returns (docs/domain/returns-self-service.md): a shipper's setting, and
 * the customer's side of it, with no login.
 * <p>
 * The shipper's org-admin sets whether its customers may start returns at
 * {@code /return/{handle}}, into which program, under which privacy notice and for which
 * reasons. A customer arrives with the handle alone and no organization:
 * {@code returns_self_service_by_handle} (returns/V5) is the one way from a handle to its
 * shipper, and only while self-service is on, so a shipper with it off answers exactly
 * like a handle nobody has. What follows is read, and the return created, as the shipper,
 * by a caller with no roles ({@link #CUSTOMER}), through the same
 * {@link ReturnOrders#create} a shipper's own systems use: the same checks, the same
 * policies, the same idempotency.
 * <p>
 * Each public question is charged to the client's address in Redis first, so a client
 * cannot flood a shipper with returns or walk the handles; without Redis the question is
 * refused, as for public tracking.
 */
@Service
public class SelfServiceReturns {

	/** Public pages asked for, per client: reloading the form passes. */
	static final RateLimit FACES = new RateLimit("self-service-shipper", 30, Duration.ofMinutes(1));

	/**
	 * Returns started, per client: a household sending a few parcels back passes, a
	 * script filling a shipper's returns with junk does not.
	 */
	static final RateLimit STARTS = new RateLimit("self-service-start", 10, Duration.ofMinutes(10));

	/**
	 * The user customers act as, in logs, in {@code created_by} and in the scope of their
	 * idempotency keys.
	 */
	static final String CUSTOMER = "self-service";

	/** The unique key of handles (returns V5). */
	static final String HANDLE_KEY = "return_self_service_handle_key";

	private static final Pattern HANDLE = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

	/**
	 * Shortest key a customer's page may send: its keys are the only thing that tells one
	 * customer's submission from another's under the shared {@link #CUSTOMER}, so they
	 * must be random enough not to be guessed (a UUID is 36 characters).
	 */
	static final int MIN_KEY_LENGTH = 16;

	private static final String SETTING = """
			select handle, enabled, program_id, privacy_notice_url, privacy_notice_text, reasons, updated_at
			from return_self_service where shipper_id = :shipper""";

	private static final String UPSERT = """
			insert into return_self_service (shipper_id, handle, enabled, program_id, privacy_notice_url,
			                                 privacy_notice_text, reasons, updated_by, updated_at)
			values (:shipper, :handle, :enabled, :program, :url, :text, :reasons, :user, :now)
			on conflict (shipper_id) do update
			set handle = excluded.handle, enabled = excluded.enabled, program_id = excluded.program_id,
			    privacy_notice_url = excluded.privacy_notice_url, privacy_notice_text = excluded.privacy_notice_text,
			    reasons = excluded.reasons, updated_by = excluded.updated_by, updated_at = excluded.updated_at""";

	private final JdbcClient jdbc;

	private final RateLimiter limiter;

	private final ReturnOrders orders;

	private final Organizations organizations;

	private final NetworkCatalog network;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate write;

	private final TransactionTemplate joined;

	private final Clock clock;

	SelfServiceReturns(JdbcClient jdbc, RateLimiter limiter, ReturnOrders orders, Organizations organizations,
			NetworkCatalog network, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.limiter = limiter;
		this.orders = orders;
		this.organizations = organizations;
		this.network = network;
		// Transactions of their own: a public question is bound to nobody, then to the
		// shipper, never to whoever is signed in at /graphql.
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setName("self-service read");
		this.write = new TransactionTemplate(transactions);
		this.write.setName("self-service setting");
		// The shipper's own read joins the query's transaction, bound to the caller.
		this.joined = new TransactionTemplate(transactions);
		this.joined.setReadOnly(true);
		this.joined.setName("self-service setting read");
		this.clock = Clock.systemUTC();
	}

	/** What a public question found. */
	public sealed interface Answer<T> {

		record Done<T>(T value) implements Answer<T> {
		}

		/** Nothing was created; every problem found, paths as in the question. */
		record Refused<T>(List<UserError> errors) implements Answer<T> {
		}

		/** Asked too often: nothing was looked up. */
		record Limited<T>(long retryAfterSeconds) implements Answer<T> {
		}

	}

	/** The calling shipper's setting, empty until it first sets one. */
	public Optional<SelfServiceSetting> own() {
		Tenant tenant = TenantContext.require();
		if (!tenant.is(OrganizationKind.SHIPPER)) {
			return Optional.empty();
		}
		return joined.execute((status) -> jdbc.sql(SETTING)
			.param("shipper", tenant.orgId())
			.query(SelfServiceReturns::setting)
			.optional());
	}

	/**
	 * Replaces the calling shipper's setting. Only a shipper's org-admin may: it speaks
	 * for the shipper to the public. On, it needs a program the shipper is an active
	 * member of, a privacy notice and at least one reason; off, it keeps the handle and
	 * whatever else was given, so a shipper that left every program can still switch it
	 * off.
	 */
	public Outcome<SelfServiceSetting> update(SelfServiceSettingUpdate command) {
		Tenant tenant = TenantContext.require();
		Optional<UserError> refusal = tenant.refusalToAdminister(OrganizationKind.SHIPPER, "",
				"Only shippers offer self-service returns", "Setting self-service returns");
		if (refusal.isPresent()) {
			return Outcome.refused(List.of(refusal.get()));
		}
		Violations v = new Violations();
		v.pattern("handle", command.handle(), 40, HANDLE.pattern(),
				"3 to 40 lower-case letters, digits and dashes, not starting or ending with a dash");
		if (command.enabled() && command.programId() == null) {
			v.add("programId", CommonErrorCode.REQUIRED, "is required to switch self-service on");
		}
		if (command.privacyNoticeUrl() == null || command.privacyNoticeUrl().isBlank()) {
			if (command.enabled()) {
				v.add("privacyNoticeUrl", CommonErrorCode.REQUIRED, "is required to switch self-service on");
			}
		}
		else if (v.optionalText("privacyNoticeUrl", command.privacyNoticeUrl(), 500)
				&& !isWebAddress(command.privacyNoticeUrl())) {
			v.add("privacyNoticeUrl", CommonErrorCode.INVALID, "must be an https:// or http:// address");
		}
		v.optionalText("privacyNoticeText", command.privacyNoticeText(), 2000);
		List<ReturnReason> reasons = (command.reasons() != null) ? List.copyOf(command.reasons()) : List.of();
		if (reasons.size() > 10 || (command.enabled() && reasons.isEmpty())) {
			v.add("reasons", CommonErrorCode.OUT_OF_RANGE, "must name 1 to 10 reasons");
		}
		else if (new HashSet<>(reasons).size() != reasons.size()) {
			v.add("reasons", CommonErrorCode.INVALID, "must not name a reason twice");
		}
		if (!v.isEmpty()) {
			return Outcome.refused(v.errors());
		}
		try {
			return write.execute((status) -> store(tenant, command, reasons));
		}
		catch (DataAccessException ex) {
			if (UniqueKeys.violated(ex, HANDLE_KEY)) {
				return Outcome.refused("handle", CommonErrorCode.TAKEN, "Another shipper uses this handle");
			}
			throw ex;
		}
	}

	private Outcome<SelfServiceSetting> store(Tenant tenant, SelfServiceSettingUpdate command,
			List<ReturnReason> reasons) {
		UUID program = command.programId();
		if (program != null) {
			Optional<ProgramAdmission> admission = network.admission(program);
			if (admission.isEmpty()) {
				return Outcome.refused("programId", CommonErrorCode.NOT_FOUND, "No such program");
			}
			if (!admission.get().activeMember()) {
				return Outcome.refused("programId", NetworkErrorCode.NOT_A_MEMBER, "Not a member of this program");
			}
		}
		OffsetDateTime now = OffsetDateTime.now(clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MICROS);
		jdbc.sql(UPSERT)
			.param("shipper", tenant.orgId())
			.param("handle", command.handle())
			.param("enabled", command.enabled())
			.param("program", program)
			.param("url", blankToNull(command.privacyNoticeUrl()))
			.param("text", blankToNull(command.privacyNoticeText()))
			.param("reasons", reasons.stream().map(Enum::name).toArray(String[]::new))
			.param("user", tenant.userId())
			.param("now", now)
			.update();
		return Outcome.done(new SelfServiceSetting(command.handle(), command.enabled(), program,
				blankToNull(command.privacyNoticeUrl()), blankToNull(command.privacyNoticeText()), reasons, now));
	}

	/**
	 * A self-service shipper's public page, for {@code client} (its address); a handle of
	 * no shipper, or of one with self-service off or its program unusable, is NOT_FOUND
	 * on {@code handle}, all alike.
	 * @throws RateLimitUnavailableException when the limits cannot be checked
	 */
	public Answer<PublicShipper> shipper(String handle, String client) {
		RateDecision asked = limiter.consume(FACES, client, 1);
		if (!asked.allowed()) {
			return new Answer.Limited<>(asked.retryAfterSeconds());
		}
		Optional<Published> published = lookUp(handle);
		if (published.isEmpty()) {
			return notFound("handle");
		}
		Published at = published.get();
		PublicShipper face = TenantContext.supplyAs(customer(at.shipperId()), () -> readOnly.execute((status) -> {
			Optional<ProgramAdmission> admission = network.admission(at.programId());
			Optional<Organization> shipper = organizations.byId(at.shipperId());
			if (admission.isEmpty() || !admission.get().open() || !admission.get().activeMember()
					|| shipper.isEmpty()) {
				return null;
			}
			return new PublicShipper(normalized(handle), shipper.get().name(), at.privacyNoticeUrl(),
					at.privacyNoticeText(), at.reasons(), admission.get().originCountries().stream().sorted().toList());
		}));
		return (face != null) ? new Answer.Done<>(face) : notFound("handle");
	}

	/**
	 * Starts a return for a customer of a self-service shipper. Everything the customer
	 * may correct is reported at once, under the paths of the question; a shipper without
	 * self-service, or whose program no longer takes its returns, is NOT_FOUND on
	 * {@code handle}. The RMA number is derived from the idempotency key, so a replay is
	 * the same command and answers the same return.
	 * @throws RateLimitUnavailableException when the limits cannot be checked
	 */
	public Answer<StartedReturn> start(SelfServiceStart start, String client) {
		RateDecision asked = limiter.consume(STARTS, client, 1);
		if (!asked.allowed()) {
			return new Answer.Limited<>(asked.retryAfterSeconds());
		}
		Optional<Published> published = (start.handle() != null) ? lookUp(start.handle()) : Optional.empty();
		if (published.isEmpty()) {
			return notFound("handle");
		}
		Published at = published.get();
		Violations v = new Violations();
		// Presence, length and form are the rules' of returnCreate, checked below.
		String key = start.idempotencyKey();
		if (key != null && !key.isBlank() && key.length() < MIN_KEY_LENGTH) {
			v.add("idempotencyKey", CommonErrorCode.INVALID,
					"must be at least " + MIN_KEY_LENGTH + " characters, such as a random UUID");
		}
		if (start.reason() != null && !at.reasons().contains(start.reason())) {
			v.add("reason", CommonErrorCode.INVALID, "must be one of the reasons this shipper offers");
		}
		if (!start.consent()) {
			v.add("consent", CommonErrorCode.REQUIRED, "Agree to the privacy notice to start a return");
		}
		ReturnCreate command = command(start, at.programId());
		List<UserError> errors = new ArrayList<>(v.errors());
		errors.addAll(ReturnRules.checkForm(command, LocalDate.now(clock)).errors());
		if (!errors.isEmpty()) {
			return new Answer.Refused<>(errors);
		}
		Outcome<ReturnOrder> created = TenantContext.supplyAs(customer(at.shipperId()), () -> orders.create(command));
		if (created instanceof Outcome.Done<ReturnOrder> done) {
			return new Answer.Done<>(new StartedReturn(done.value().trackingCode(), done.value().rmaNumber()));
		}
		return new Answer.Refused<>(created.errors().stream().map(SelfServiceReturns::asCustomerSees).toList());
	}

	/** The customer's question as the shipper's own systems would ask it. */
	private static ReturnCreate command(SelfServiceStart start, UUID program) {
		String key = (start.idempotencyKey() != null) ? start.idempotencyKey() : "";
		List<ReturnCreate.NewItem> items = (start.items() != null)
				? start.items().stream().map(SelfServiceStart.Item::toNewItem).toList() : null;
		return new ReturnCreate(key, program, rmaNumber(key), start.reason(), start.reasonNote(), start.customer(),
				start.origin(), null, items, List.of());
	}

	/**
	 * "WEB-" and 16 base-32 characters of the key's SHA-256: the same key gives the same
	 * number (a replay is the same command), and another key another number.
	 */
	static String rmaNumber(String key) {
		byte[] digest = Sha256.digest(key.getBytes(StandardCharsets.UTF_8));
		char[] alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
		StringBuilder number = new StringBuilder("WEB-");
		for (int i = 0; i < 16; i++) {
			number.append(alphabet[(digest[i] & 0xFF) % 32]);
		}
		return number.toString();
	}

	/**
	 * What the customer can act on stays as it is; what only the shipper can (its
	 * program's membership or status) says the page is not available, as for a handle of
	 * nobody; a number taken can only be a key reused after the retention window.
	 */
	private static UserError asCustomerSees(UserError error) {
		String field = String.join(".", error.field());
		if (field.equals("programId") || field.isEmpty()) {
			return UserError.of("handle", CommonErrorCode.NOT_FOUND, "No shipper takes returns at this address");
		}
		if (field.equals("rmaNumber")) {
			return UserError.of("idempotencyKey", CommonErrorCode.TAKEN, "This key was used before; send a new one");
		}
		return error;
	}

	private Optional<Published> lookUp(String handle) {
		String normalized = normalized(handle);
		if (!HANDLE.matcher(normalized).matches()) {
			return Optional.empty();
		}
		Optional<Published> found = readOnly.execute((status) -> jdbc.sql("""
				select shipper_id, program_id, privacy_notice_url, privacy_notice_text, reasons
				from returns_self_service_by_handle(:handle)""")
			.param("handle", normalized)
			.query((rs, row) -> new Published(rs.getObject("shipper_id", UUID.class),
					rs.getObject("program_id", UUID.class), rs.getString("privacy_notice_url"),
					rs.getString("privacy_notice_text"), reasons(rs.getArray("reasons"))))
			.optional());
		return (found != null) ? found : Optional.empty();
	}

	private static String normalized(String handle) {
		return handle.trim().toLowerCase(Locale.ROOT);
	}

	/** A customer of {@code shipper}: no user of its own and no roles. */
	private static Tenant customer(UUID shipper) {
		return Tenant.acting(shipper, OrganizationKind.SHIPPER, CUSTOMER);
	}

	private static <T> Answer<T> notFound(String field) {
		return new Answer.Refused<>(
				List.of(UserError.of(field, CommonErrorCode.NOT_FOUND, "No shipper takes returns at this address")));
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value.trim());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static SelfServiceSetting setting(ResultSet rs, int row) throws SQLException {
		return new SelfServiceSetting(rs.getString("handle"), rs.getBoolean("enabled"),
				rs.getObject("program_id", UUID.class), rs.getString("privacy_notice_url"),
				rs.getString("privacy_notice_text"), reasons(rs.getArray("reasons")),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

	private static List<ReturnReason> reasons(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(ReturnReason::valueOf).toList();
	}

	/** A shipper's setting as the lookup answers it: on, with a program and a notice. */
	private record Published(UUID shipperId, UUID programId, String privacyNoticeUrl,
			@Nullable String privacyNoticeText, List<ReturnReason> reasons) {
	}

}
