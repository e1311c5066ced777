package io.homeward.platform.tracking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.net.httpserver.HttpServer;
import com.jayway.jsonpath.JsonPath;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadDispatched;
import io.homeward.platform.consolidation.LoadParcel;
import io.homeward.platform.consolidation.Loads;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.RlsProbe;
import io.homeward.platform.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Webhooks end to end against the real PostgreSQL and a receiver on loopback (the JDK's
 * HttpServer), which checks every signature with {@link WebhookVerifier}.
 */
@IntegrationTest
class WebhookIntegrationTests {

	private static final String CREATE = """
			mutation($input: WebhookEndpointCreateInput!) {
			  webhookEndpointCreate(input: $input) {
			    endpoint { id url status eventTypes }
			    secret
			    userErrors { field code }
			  }
			}""";

	private static final String ENDPOINTS = "{ webhookEndpoints { id status disabledNotice } }";

	private static final String DISABLE = """
			mutation($id: ID!) { webhookEndpointDisable(input: { endpointId: $id }) {
			  endpoint { id status } userErrors { field code } } }""";

	private static final String DELIVERIES = """
			query($endpointId: ID) { webhookDeliveries(first: 50, endpointId: $endpointId) {
			  edges { node { id eventId state replayOf attempts { statusCode durationMs error } } } } }""";

	private static final String REPLAY = """
			mutation($id: ID!) { webhookDeliveryReplay(input: { deliveryId: $id }) {
			  delivery { id eventId state replayOf } userErrors { field code } } }""";

	/** One request the receiver got, with the verdict of its signature check. */
	record Received(String path, String eventId, String deliveryId, String body, WebhookVerifier.Verdict verdict) {

	}

	private static HttpServer server;

	private static final List<Received> received = new CopyOnWriteArrayList<>();

	/** The status each path answers (200 unless set). */
	private static final Map<String, Integer> statusOf = new ConcurrentHashMap<>();

	/** The secret of each path's endpoint, for the receiver's check. */
	private static final Map<String, String> secretOf = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	WebhookRelay relay;

	@Autowired
	WebhookOutbox outbox;

	@Autowired
	Loads loads;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	WebhookSecrets secrets;

	@Autowired
	WebhookSettings settings;

	@BeforeAll
	static void receiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			if (path.startsWith("/slow/")) {
				try {
					Thread.sleep(1500);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String id = exchange.getRequestHeaders().getFirst("Homeward-Event-Id");
			String secret = secretOf.getOrDefault(path, "");
			WebhookVerifier.Verdict verdict = WebhookVerifier.verify(secret, id,
					exchange.getRequestHeaders().getFirst("Homeward-Timestamp"),
					exchange.getRequestHeaders().getFirst("Homeward-Signature"), body, Instant.now());
			received.add(new Received(path, id, exchange.getRequestHeaders().getFirst("Homeward-Delivery-Id"), body,
					verdict));
			int status = (verdict == WebhookVerifier.Verdict.VALID) ? statusOf.getOrDefault(path, 200) : 401;
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	/**
	 * Each test's endpoints are disabled after it: an event enqueued for a shipper goes
	 * to every enabled endpoint of it subscribed to the type, and the next test counts
	 * only its own.
	 */
	@AfterEach
	void disableEndpoints() throws Exception {
		for (UUID shipper : List.of(Fixtures.ACME, Fixtures.GLOBEX)) {
			try (Connection c = RlsProbe.app(shipper, "SHIPPER")) {
				RlsProbe.update(c, "update webhook_endpoint set status = 'DISABLED' where status = 'ENABLED'");
				c.commit();
			}
		}
	}

	private String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	/** Creates an endpoint of {@code user} for {@code path} and remembers its secret. */
	private String endpoint(String user, String path, String... types) {
		var data = Api.as(port, user)
			.execute(CREATE,
					Map.of("input",
							Map.of("idempotencyKey", UUID.randomUUID().toString(), "url", url(path), "eventTypes",
									List.of(types), "description", "test " + path)))
			.data();
		assertThat(data.read("$.data.webhookEndpointCreate.userErrors", List.class)).isEmpty();
		String secret = data.read("$.data.webhookEndpointCreate.secret");
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
		secretOf.put(path, secret);
		return data.read("$.data.webhookEndpointCreate.endpoint.id");
	}

	private static String path() {
		return "/hook/" + UUID.randomUUID();
	}

	private UUID enqueue(UUID shipper) {
		UUID eventId = UUID.randomUUID();
		asShipper(shipper, () -> outbox.enqueue(shipper, WebhookEventType.MILESTONE, eventId,
				"{\"id\":\"" + eventId + "\",\"type\":\"MILESTONE\"}"));
		return eventId;
	}

	private <T> T asShipper(UUID shipper, java.util.function.Supplier<T> work) {
		try {
			return TenantContext.callAs(Fixtures.tenant(shipper, OrganizationKind.SHIPPER),
					() -> new TransactionTemplate(transactions).execute((status) -> work.get()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Received> at(String path) {
		return received.stream().filter((r) -> r.path().equals(path)).toList();
	}

	private static String sql(UUID org, String query) throws Exception {
		try (Connection c = RlsProbe.app(org, "SHIPPER")) {
			return RlsProbe.text(c, query);
		}
	}

	@Test
	void endpointsAreTheShippersOwnAndValidated() throws Exception {
		String path = path();
		String id = endpoint("acme", path, "MILESTONE");
		UUID uuid = GlobalId.decode(id, WebhookEndpoint.TYPE).orElseThrow();
		List<String> acmes = Api.as(port, "acme").execute(ENDPOINTS).data().read("$.data.webhookEndpoints[*].id");
		assertThat(acmes).isNotEmpty().contains(id);
		for (String other : List.of("globex", "operator", "carrier")) {
			List<String> theirs = Api.as(port, other).execute(ENDPOINTS).data().read("$.data.webhookEndpoints[*].id");
			assertThat(theirs).doesNotContain(id);
			// A foreign id answers exactly like a missing one and changes nothing.
			String foreign = Api.as(port, other).execute(DISABLE, Map.of("id", id)).data().jsonString();
			String missing = Api.as(port, other)
				.execute(DISABLE, Map.of("id", GlobalId.encode(WebhookEndpoint.TYPE, UUID.randomUUID())))
				.data()
				.jsonString();
			assertThat(foreign).isEqualTo(missing).contains("NOT_FOUND");
			String enableForeign = Api.as(port, other)
				.execute(DISABLE.replace("webhookEndpointDisable", "webhookEndpointEnable"), Map.of("id", id))
				.data()
				.jsonString();
			assertThat(enableForeign).contains("NOT_FOUND").doesNotContain("ENABLED");
		}
		assertThat(sql(Fixtures.ACME, "select status from webhook_endpoint where id = '" + uuid + "'"))
			.isEqualTo("ENABLED");
		// Only shippers' org-admins create endpoints.
		for (String other : List.of("operator", "carrier", "acme-clerk")) {
			String answer = Api.as(port, other)
				.execute(CREATE,
						Map.of("input",
								Map.of("idempotencyKey", "k-" + UUID.randomUUID(), "url", url(path()), "eventTypes",
										List.of("MILESTONE"))))
				.data()
				.jsonString();
			assertThat(answer).contains("NOT_PERMITTED").contains("\"endpoint\":null");
		}
		// Every problem at once, under input.
		List<Map<String, Object>> errors = Api.as(port, "acme")
			.execute(CREATE,
					Map.of("input",
							Map.of("idempotencyKey", "k-" + UUID.randomUUID(), "url", "http://example.com/hook",
									"eventTypes", List.of())))
			.data()
			.read("$.data.webhookEndpointCreate.userErrors");
		assertThat(errors).extracting((e) -> String.join(".", (List<String>) e.get("field")) + " " + e.get("code"))
			.containsExactlyInAnyOrder("input.url WEBHOOK_URL_NOT_ALLOWED", "input.eventTypes REQUIRED");
		// The negative control: without row-level security Globex would see Acme's
		// endpoint.
		String where = "webhook_endpoint where id = '" + uuid + "'";
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThat(RlsProbe.count(c, where)).isZero();
		}
		assertThat(
				RlsProbe.countWithRowLevelSecurityOff(List.of("webhook_endpoint"), Fixtures.GLOBEX, "SHIPPER", where))
			.isEqualTo(1);
		// The operator's binding reads no endpoint, and so no secret.
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.count(c, where)).isZero();
			assertThat(RlsProbe.count(c, "webhook_delivery")).isZero();
		}
	}

	@Test
	void theDispatchNoticeOfEachShipperCarriesItsOwnParcelsOnly() throws Exception {
		String acmePath = path();
		String globexPath = path();
		endpoint("acme", acmePath, "LOAD_DISPATCHED");
		endpoint("globex", globexPath, "LOAD_DISPATCHED", "LOAD_DISCREPANCY");
		ScratchLoads.ScratchLoad scratch = ScratchLoads.closed();
		// The operator's transaction publishes what LoadCommands.transition publishes on
		// dispatch; tracking's listener writes the outbox in it.
		TenantContext.callAs(Fixtures.tenant(Fixtures.OPERATOR, OrganizationKind.OPERATOR),
				() -> new TransactionTemplate(transactions).execute((status) -> {
					Load load = loads.byId(scratch.loadId()).orElseThrow();
					List<LoadParcel> parcels = loads.parcelsOf(List.of(scratch.loadId())).get(scratch.loadId());
					assertThat(parcels).hasSize(2);
					events.publishEvent(new LoadDispatched(load, OffsetDateTime.now(ZoneOffset.UTC), parcels));
					return null;
				}));
		relay.runOnce();
		List<Received> acme = at(acmePath);
		List<Received> globex = at(globexPath);
		assertThat(acme).hasSize(1);
		assertThat(globex).hasSize(1);
		assertThat(acme.getFirst().verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
		assertThat(globex.getFirst().verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
		String acmeParcel = GlobalId.encode("Parcel", scratch.acmeParcel());
		String globexParcel = GlobalId.encode("Parcel", scratch.globexParcel());
		assertThat(acme.getFirst().body()).contains(acmeParcel)
			.contains(scratch.reference())
			.doesNotContain(globexParcel)
			.doesNotContain("EUR")
			.doesNotContain("USD");
		assertThat(globex.getFirst().body()).contains(globexParcel).doesNotContain(acmeParcel);
	}

	private static final String TRANSITION = """
			mutation($input: LoadTransitionInput!) { %s(input: $input) { load { version status } userErrors { field code message } } }""";

	private static final String RECEIVE = """
			mutation($input: LoadReceiveInput!) { loadReceive(input: $input) {
			  load { version status } userErrors { field code message } } }""";

	private int move(String user, String mutation, UUID loadId, int version) {
		var data = Api.as(port, user)
			.execute(TRANSITION.formatted(mutation),
					Map.of("input", Map.of("loadId", GlobalId.encode(Load.TYPE, loadId), "version", version)))
			.data();
		assertThat(data.read("$.data." + mutation + ".userErrors", List.class)).isEmpty();
		return data.read("$.data." + mutation + ".load.version", Integer.class);
	}

	@Test
	void dispatchAndReceiptThroughTheApiNotifyEachShipperOfItsOwnParcelsOnly() throws Exception {
		String acmePath = path();
		String globexPath = path();
		endpoint("acme", acmePath, "LOAD_DISPATCHED", "LOAD_DISCREPANCY");
		endpoint("globex", globexPath, "LOAD_DISPATCHED", "LOAD_DISCREPANCY");
		relay.runOnce();
		MadLoads.MadLoad mad = MadLoads.closed();
		int version = move("operator", "loadDispatch", mad.loadId(), 1);
		relay.runOnce();
		String acmeParcel = GlobalId.encode("Parcel", mad.acmeParcel());
		String globexParcel = GlobalId.encode("Parcel", mad.globexParcel());
		assertThat(at(acmePath)).singleElement().satisfies((r) -> {
			assertThat(r.verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
			assertThat(r.body()).contains("\"type\":\"LOAD_DISPATCHED\"")
				.contains(mad.reference())
				.contains(acmeParcel)
				.contains(mad.acmeParcelRef())
				.doesNotContain(globexParcel)
				.doesNotContain(mad.globexParcelRef())
				// Globex's espresso machines are worth 389.00 EUR each: no value of them,
				// as a number or a string (the event's random ids may hold the digits).
				.doesNotContainPattern(":\\s*\"?389(\\.0*)?\"?[,}\\]]")
				.doesNotContain("EUR");
		});
		assertThat(at(globexPath)).singleElement().satisfies((r) -> {
			assertThat(r.verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
			assertThat(r.body()).contains(globexParcel).doesNotContain(acmeParcel).doesNotContain(mad.acmeParcelRef());
		});
		version = move("carrier", "loadDepart", mad.loadId(), version);
		version = move("carrier", "loadArrive", mad.loadId(), version);
		// Acme's parcel arrives damaged; Globex's is not named, so it is MISSING.
		var received = Api.as(port, "operator")
			.execute(RECEIVE, Map.of("input",
					Map.of("loadId", GlobalId.encode(Load.TYPE, mad.loadId()), "version", version, "lines",
							List.of(Map.of("parcelId", acmeParcel, "outcome", "DAMAGED", "note", "crushed corner")))))
			.data();
		assertThat(received.read("$.data.loadReceive.userErrors", List.class)).isEmpty();
		relay.runOnce();
		assertThat(at(acmePath)).hasSize(2).last().satisfies((r) -> {
			assertThat(r.verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
			assertThat(r.body()).contains("\"type\":\"LOAD_DISCREPANCY\"")
				.contains("DAMAGED")
				.contains("crushed corner")
				.contains(acmeParcel)
				.doesNotContain(globexParcel)
				.doesNotContain("MISSING");
		});
		assertThat(at(globexPath)).hasSize(2).last().satisfies((r) -> {
			assertThat(r.body()).contains("LOAD_DISCREPANCY")
				.contains("MISSING")
				.contains(globexParcel)
				.doesNotContain(acmeParcel)
				.doesNotContain("crushed corner");
		});
		// Each event carries the load's version, so a receiver orders two events of one
		// load that arrive out of order (QUALITY case 23).
		List<Integer> versions = at(acmePath).stream()
			.map((r) -> JsonPath.parse(r.body()).read("$.data.load.version", Integer.class))
			.toList();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(1)).isGreaterThan(versions.get(0));
	}

	@Test
	void aReplayedCreateAnswersTheFirstPayloadAndAReusedKeyIsRefused() {
		String key = "k-" + UUID.randomUUID();
		Map<String, Object> input = Map.of("idempotencyKey", key, "url", url(path()), "eventTypes",
				List.of("MILESTONE"));
		String first = Api.as(port, "acme").execute(CREATE, Map.of("input", input)).data().jsonString();
		String again = Api.as(port, "acme").execute(CREATE, Map.of("input", input)).data().jsonString();
		assertThat(first).contains("whsec_");
		assertThat(again).isEqualTo(first);
		String reused = Api.as(port, "acme")
			.execute(CREATE,
					Map.of("input",
							Map.of("idempotencyKey", key, "url", url(path()), "eventTypes", List.of("MILESTONE"))))
			.data()
			.jsonString();
		assertThat(reused).contains("IDEMPOTENCY_KEY_REUSED").contains("\"endpoint\":null");
	}

	@Test
	void theDeliveriesPageRunsAConstantNumberOfStatements() {
		String path = path();
		String endpointId = endpoint("globex", path, "MILESTONE");
		for (int i = 0; i < 12; i++) {
			enqueue(Fixtures.GLOBEX);
		}
		relay.runOnce();
		Api globex = Api.as(port, "globex");
		globex.execute(DELIVERIES, Map.of("endpointId", endpointId)).data();
		io.homeward.platform.SqlStatements.reset();
		List<Object> two = globex.execute(DELIVERIES.replace("first: 50", "first: 2"), Map.of("endpointId", endpointId))
			.data()
			.read("$.data.webhookDeliveries.edges[*].node.attempts[0]");
		int forTwo = io.homeward.platform.SqlStatements.count();
		List<String> log = io.homeward.platform.SqlStatements.statements();
		io.homeward.platform.SqlStatements.reset();
		List<Object> twelve = globex.execute(DELIVERIES, Map.of("endpointId", endpointId))
			.data()
			.read("$.data.webhookDeliveries.edges[*].node.attempts[0]");
		int forTwelve = io.homeward.platform.SqlStatements.count();
		assertThat(two).hasSize(2);
		assertThat(twelve).hasSize(12);
		assertThat(forTwelve).as("statements for 2 deliveries: %s", log).isEqualTo(forTwo);
	}

	@Test
	void timeoutsAndConnectionErrorsAreRetriedAndRecordedWithoutTheUrl() throws Exception {
		String slow = "/slow/" + UUID.randomUUID();
		endpoint("globex", slow, "MILESTONE");
		// An endpoint on a port nobody listens on (bound a moment ago, then closed).
		int deadPort;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
				java.net.InetAddress.getLoopbackAddress())) {
			deadPort = socket.getLocalPort();
		}
		String dead = "/dead/" + UUID.randomUUID() + "?token=do-not-echo";
		var data = Api.as(port, "globex")
			.execute(CREATE,
					Map.of("input",
							Map.of("idempotencyKey", UUID.randomUUID().toString(), "url",
									"http://127.0.0.1:" + deadPort + dead, "eventTypes", List.of("MILESTONE"))))
			.data();
		assertThat(data.read("$.data.webhookEndpointCreate.userErrors", List.class)).isEmpty();
		UUID eventId = enqueue(Fixtures.GLOBEX);
		// A relay with a request timeout shorter than the slow receiver's answer.
		WebhookSettings impatient = new WebhookSettings(settings.encryptionKey(), true, false, settings.relayInterval(),
				java.time.Duration.ofSeconds(1), java.time.Duration.ofMillis(300), settings.backoffBase(),
				settings.backoffMax(), settings.maxAttempts(), settings.disableAfter());
		new WebhookRelay(jdbc, transactions, secrets, impatient).runOnce();
		List<String> outcomes;
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			outcomes = RlsProbe.rows(c,
					"select d.state || ' ' || a.error || ' ' || (a.status_code is null)"
							+ " from webhook_delivery d join webhook_attempt a on a.delivery_id = d.id"
							+ " where d.event_id = '" + eventId + "' and d.next_attempt_at > now() order by a.error");
		}
		assertThat(outcomes).containsExactly("PENDING connection failed true", "PENDING timeout true");
		assertThat(String.join(" ", outcomes)).doesNotContain("token").doesNotContain("127.0.0.1");
	}

	@Test
	void onlyTheShipperAndItsOperatorMayEnqueueForIt() throws Exception {
		String call = "select webhook_enqueue('" + Fixtures.ACME + "', 'MILESTONE', gen_random_uuid(), '{}')";
		for (Object[] caller : new Object[][] { { Fixtures.GLOBEX, "SHIPPER" }, { Fixtures.CARRIER, "CARRIER" },
				{ Fixtures.ACME, "CARRIER" } }) {
			try (Connection c = RlsProbe.app((UUID) caller[0], (String) caller[1])) {
				assertThatThrownBy(() -> RlsProbe.text(c, call)).hasMessageContaining("does not serve this shipper");
			}
		}
		try (Connection c = RlsProbe.applicationRole()) {
			assertThatThrownBy(() -> RlsProbe.text(c, call)).hasMessageContaining("needs a bound organization");
		}
		// The operator of Acme's programs may, and reads nothing back but a count.
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(Integer.parseInt(RlsProbe.text(c, call))).isGreaterThanOrEqualTo(0);
			assertThat(RlsProbe.count(c, "webhook_endpoint")).isZero();
			c.rollback();
		}
		// The relay's discovery answers ids only, and to no one bound in particular.
		try (Connection c = RlsProbe.applicationRole()) {
			assertThat(RlsProbe.rows(c, "select count(*) from webhook_due_shippers(10)")).hasSize(1);
			assertThat(RlsProbe.count(c, "webhook_delivery")).isZero();
		}
	}

	@Test
	void aRowCommittedWhileNoRelayRunsIsSentLaterAndAgainAfterARelayDiesBeforeMarking() throws Exception {
		String path = path();
		endpoint("acme", path, "MILESTONE");
		// Nothing else due, so the relay that dies below dies on this test's row.
		relay.runOnce();
		UUID eventId = enqueue(Fixtures.ACME);
		assertThat(at(path)).isEmpty();
		// A relay that dies after the receiver got it and before its commit.
		assertThatThrownBy(() -> relay.runOnce(() -> {
			throw new IllegalStateException("relay died");
		})).hasMessageContaining("relay died");
		assertThat(at(path)).hasSize(1);
		assertThat(sql(Fixtures.ACME, "select state from webhook_delivery where event_id = '" + eventId + "'"))
			.isEqualTo("PENDING");
		// A relay of a restarted platform: a new instance, with its own HTTP client.
		new WebhookRelay(jdbc, transactions, secrets, settings).runOnce();
		List<Received> got = at(path);
		assertThat(got).hasSize(2).allSatisfy((r) -> {
			assertThat(r.eventId()).isEqualTo(eventId.toString());
			assertThat(r.verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
		});
		assertThat(sql(Fixtures.ACME,
				"select state || ' ' || attempts from webhook_delivery where event_id = '" + eventId + "'"))
			.isEqualTo("DELIVERED 1");
		relay.runOnce();
		assertThat(at(path)).hasSize(2);
	}

	@Test
	void twoRelaysNeverSendARowTwice() throws Exception {
		String path = path();
		endpoint("globex", path, "MILESTONE");
		for (int i = 0; i < 60; i++) {
			enqueue(Fixtures.GLOBEX);
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			runs.add(pool.submit(() -> {
				start.await();
				return relay.runOnce();
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		pool.shutdown();
		List<Received> got = at(path);
		assertThat(got).hasSize(60);
		assertThat(got.stream().map(Received::deliveryId).distinct().count()).isEqualTo(60);
		assertThat(sql(Fixtures.GLOBEX,
				"select count(*) from webhook_attempt a join webhook_delivery d"
						+ " on d.id = a.delivery_id where d.state = 'DELIVERED' and d.endpoint_id = (select id from"
						+ " webhook_endpoint where url = '" + url(path) + "')"))
			.isEqualTo("60");
	}

	@Test
	void retriesWithBackoffOn500NotOn400AndDisablesAfterTenFailuresInARow() throws Exception {
		String path = path();
		String endpointId = endpoint("acme", path, "MILESTONE");
		UUID endpoint = GlobalId.decode(endpointId, WebhookEndpoint.TYPE).orElseThrow();
		statusOf.put(path, 500);
		UUID retried = enqueue(Fixtures.ACME);
		relay.runOnce();
		assertThat(sql(Fixtures.ACME, "select state || ' ' || attempts || ' '"
				+ " || (next_attempt_at > now() + interval '10 seconds' and next_attempt_at <= now() + interval '31 seconds')"
				+ " from webhook_delivery where event_id = '" + retried + "'"))
			.isEqualTo("PENDING 1 true");
		relay.runOnce();
		assertThat(at(path)).hasSize(1);
		// Due again: sent again.
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			RlsProbe.update(c,
					"update webhook_delivery set next_attempt_at = now() where event_id = '" + retried + "'");
			c.commit();
		}
		relay.runOnce();
		assertThat(at(path)).hasSize(2);
		statusOf.put(path, 400);
		UUID refused = enqueue(Fixtures.ACME);
		relay.runOnce();
		assertThat(sql(Fixtures.ACME,
				"select state || ' ' || attempts from webhook_delivery where event_id = '" + refused + "'"))
			.isEqualTo("FAILED 1");
		assertThat(sql(Fixtures.ACME,
				"select string_agg(coalesce(a.status_code::text, '-') || ':' || a.error, ',')"
						+ " from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id where d.event_id = '"
						+ retried + "'"))
			.isEqualTo("500:HTTP 500,500:HTTP 500");
		// Three failures so far; seven more in a row disable the endpoint.
		statusOf.put(path, 503);
		for (int i = 0; i < 7; i++) {
			enqueue(Fixtures.ACME);
		}
		relay.runOnce();
		assertThat(sql(Fixtures.ACME,
				"select status || ' ' || consecutive_failures || ' ' || (disabled_notice like"
						+ " 'Disabled by the platform after 10 failed deliveries%') from webhook_endpoint where id = '"
						+ endpoint + "'"))
			.isEqualTo("DISABLED 10 true");
		List<Map<String, Object>> listed = Api.as(port, "acme")
			.execute(ENDPOINTS)
			.data()
			.read("$.data.webhookEndpoints");
		assertThat(listed).filteredOn((e) -> e.get("id").equals(endpointId))
			.singleElement()
			.satisfies((e) -> assertThat((String) e.get("disabledNotice")).contains("10 failed deliveries"));
		int before = at(path).size();
		enqueue(Fixtures.ACME);
		relay.runOnce();
		assertThat(at(path)).hasSize(before);
	}

	@Test
	void deliveriesListTheirAttemptsAndReplayKeepsTheEventId() throws Exception {
		String path = path();
		String endpointId = endpoint("acme", path, "MILESTONE");
		UUID eventId = enqueue(Fixtures.ACME);
		relay.runOnce();
		List<Map<String, Object>> nodes = Api.as(port, "acme")
			.execute(DELIVERIES, Map.of("endpointId", endpointId))
			.data()
			.read("$.data.webhookDeliveries.edges[*].node");
		assertThat(nodes).singleElement().satisfies((n) -> {
			assertThat(n.get("eventId")).isEqualTo(eventId.toString());
			assertThat(n.get("state")).isEqualTo("DELIVERED");
			assertThat((List<?>) n.get("attempts")).hasSize(1);
		});
		String deliveryId = (String) nodes.getFirst().get("id");
		for (String other : List.of("globex", "operator", "carrier")) {
			List<String> theirs = Api.as(port, other)
				.execute(DELIVERIES, Collections.singletonMap("endpointId", null))
				.data()
				.read("$.data.webhookDeliveries.edges[*].node.id");
			assertThat(theirs).doesNotContain(deliveryId);
			String foreign = Api.as(port, other).execute(REPLAY, Map.of("id", deliveryId)).data().jsonString();
			String missing = Api.as(port, other)
				.execute(REPLAY, Map.of("id", GlobalId.encode(WebhookDelivery.TYPE, UUID.randomUUID())))
				.data()
				.jsonString();
			assertThat(foreign).isEqualTo(missing).contains("NOT_FOUND");
		}
		List<String> acmes = Api.as(port, "acme")
			.execute(DELIVERIES, Collections.singletonMap("endpointId", null))
			.data()
			.read("$.data.webhookDeliveries.edges[*].node.id");
		assertThat(acmes).isNotEmpty().contains(deliveryId);
		assertThat(at(path)).hasSize(1);
		var replay = Api.as(port, "acme").execute(REPLAY, Map.of("id", deliveryId)).data();
		assertThat(replay.read("$.data.webhookDeliveryReplay.delivery.eventId", String.class))
			.isEqualTo(eventId.toString());
		assertThat(replay.read("$.data.webhookDeliveryReplay.delivery.replayOf", String.class)).isEqualTo(deliveryId);
		relay.runOnce();
		assertThat(at(path)).hasSize(2).allSatisfy((r) -> assertThat(r.eventId()).isEqualTo(eventId.toString()));
		// Negative control: without row-level security Globex would see Acme's
		// deliveries.
		UUID delivery = GlobalId.decode(deliveryId, WebhookDelivery.TYPE).orElseThrow();
		String where = "webhook_delivery where id = '" + delivery + "'";
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThat(RlsProbe.count(c, where)).isZero();
		}
		assertThat(
				RlsProbe.countWithRowLevelSecurityOff(List.of("webhook_delivery"), Fixtures.GLOBEX, "SHIPPER", where))
			.isEqualTo(1);
	}

	@Test
	void theReceiversCheckRefusesARequestReplayedOutsideTheWindow() throws Exception {
		String path = path();
		endpoint("globex", path, "MILESTONE");
		enqueue(Fixtures.GLOBEX);
		relay.runOnce();
		Received got = at(path).getFirst();
		assertThat(got.verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
		String secret = secretOf.get(path);
		long now = Instant.now().getEpochSecond();
		String fresh = WebhookSignature.sign(secret, got.eventId(), now, got.body());
		assertThat(WebhookVerifier.verify(secret, got.eventId(), Long.toString(now), fresh, got.body(), Instant.now()))
			.isEqualTo(WebhookVerifier.Verdict.VALID);
		// The same request captured and sent six minutes later: signature right, time
		// not.
		assertThat(WebhookVerifier.verify(secret, got.eventId(), Long.toString(now), fresh, got.body(),
				Instant.now().plusSeconds(360)))
			.isEqualTo(WebhookVerifier.Verdict.OUTSIDE_WINDOW);
		assertThat(WebhookVerifier.verify(secret, got.eventId(), Long.toString(now), fresh, got.body() + " ",
				Instant.now()))
			.isEqualTo(WebhookVerifier.Verdict.BAD_SIGNATURE);
		assertThat(WebhookVerifier.verify("whsec_other", got.eventId(), Long.toString(now), fresh, got.body(),
				Instant.now()))
			.isEqualTo(WebhookVerifier.Verdict.BAD_SIGNATURE);
	}

}
