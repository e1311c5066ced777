package io.homeward.platform.tracking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.jayway.jsonpath.DocumentContext;
import com.sun.net.httpserver.HttpServer;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.customs.CustomsDeclaration;
import io.homeward.platform.network.Hub;
import io.homeward.platform.returns.Parcel;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.RlsProbe;
import io.homeward.platform.tenancy.TenantContext;
import io.homeward.platform.tracking.TimelineLoads.TimelineLoad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Returns' milestones and timelines over HTTP with real tokens, against the real
 * PostgreSQL: the stage and the ETA's basis from plan to check, milestones reached once
 * through containment whatever the replays, the statements of a timeline, the
 * cross-tenant matrix with the negative control of row-level security off, what the
 * application role cannot do with the writer's function and policies, and a MILESTONE
 * webhook delivered signed.
 */
@IntegrationTest
class ReturnTimelineIntegrationTests {

	static final UUID OTHER_OPERATOR = TrackingEventsIntegrationTests.OTHER_OPERATOR;

	static final UUID OTHER_CARRIER = TrackingEventsIntegrationTests.OTHER_CARRIER;

	static final String TIMELINE = """
			query($id: ID!) { returnTimeline(returnId: $id) {
			  timeline { returnId stage eta etaBasis openException
			    milestones { kind reachedAt parcelId itemCount items { itemId lineNumber sku description quantity } }
			    events { id clientEventId subjectId bizStep exception exceptionReason inheritedThrough eventTime } }
			  userErrors { field code message } } }""";

	static final String TRANSITION = """
			mutation($input: LoadTransitionInput!) { %s(input: $input) { load { version status } userErrors { field code message } } }""";

	static final String RECEIVE = """
			mutation($input: LoadReceiveInput!) { loadReceive(input: $input) {
			  load { version status } userErrors { field code message } } }""";

	static final String RELEASE = """
			mutation($input: CustomsDeclarationStatusRecordInput!) { customsDeclarationStatusRecord(input: $input) {
			  userErrors { field code message } } }""";

	static final String ENDPOINT = """
			mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) {
			  secret userErrors { field code } } }""";

	record Received(String path, String eventId, String body, WebhookVerifier.Verdict verdict) {

	}

	static HttpServer server;

	static final List<Received> received = new CopyOnWriteArrayList<>();

	static final Map<String, String> secretOf = new java.util.concurrent.ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	ReturnTimelines timelines;

	@Autowired
	WebhookRelay relay;

	@BeforeAll
	static void receiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String id = exchange.getRequestHeaders().getFirst("Homeward-Event-Id");
			WebhookVerifier.Verdict verdict = WebhookVerifier.verify(secretOf.getOrDefault(path, ""), id,
					exchange.getRequestHeaders().getFirst("Homeward-Timestamp"),
					exchange.getRequestHeaders().getFirst("Homeward-Signature"), body, Instant.now());
			received.add(new Received(path, id, body, verdict));
			exchange.sendResponseHeaders((verdict == WebhookVerifier.Verdict.VALID) ? 200 : 401, -1);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(2));
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop(0);
	}

	/** As in WebhookIntegrationTests: the next test counts only its own endpoints. */
	@AfterEach
	void disableEndpoints() throws SQLException {
		for (UUID shipper : List.of(Fixtures.ACME, Fixtures.GLOBEX)) {
			try (Connection c = RlsProbe.app(shipper, "SHIPPER")) {
				RlsProbe.update(c, "update webhook_endpoint set status = 'DISABLED' where status = 'ENABLED'");
				c.commit();
			}
		}
	}

	// --- helpers

	static String returnId(TimelineLoads.Shipment shipment) {
		return GlobalId.encode(ReturnOrder.TYPE, shipment.returnId());
	}

	static String parcel(UUID parcel) {
		return GlobalId.encode(Parcel.TYPE, parcel);
	}

	static String load(TimelineLoad load) {
		return GlobalId.encode(Load.TYPE, load.loadId());
	}

	DocumentContext timeline(String user, String returnId) {
		return Api.as(port, user).execute(TIMELINE, Map.of("id", returnId)).data();
	}

	Map<String, Object> timelineOf(String user, TimelineLoads.Shipment shipment) {
		DocumentContext answer = timeline(user, returnId(shipment));
		assertThat(answer.read("$.data.returnTimeline.userErrors", List.class)).isEmpty();
		return answer.read("$.data.returnTimeline.timeline");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> milestones(Map<String, Object> timeline) {
		return (List<Map<String, Object>>) timeline.get("milestones");
	}

	static List<String> kinds(Map<String, Object> timeline) {
		return milestones(timeline).stream().map((m) -> (String) m.get("kind")).toList();
	}

	static Instant instant(Object text) {
		return OffsetDateTime.parse((String) text).toInstant();
	}

	static int transitDays() throws SQLException {
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			return Integer
				.parseInt(RlsProbe.text(c, "select transit_days from lane where id = '" + MadLoads.MAD_RTM_ROAD + "'"));
		}
	}

	int move(String user, String mutation, TimelineLoad load, int version) {
		DocumentContext data = Api.as(port, user)
			.execute(TRANSITION.formatted(mutation), Map.of("input", Map.of("loadId", load(load), "version", version)))
			.data();
		assertThat(data.read("$.data." + mutation + ".userErrors", List.class)).isEmpty();
		return data.read("$.data." + mutation + ".load.version", Integer.class);
	}

	static Map<String, Object> event(String subjectId, String bizStep, OffsetDateTime at, Object... fields) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("clientEventId", "tl-" + UUID.randomUUID());
		event.put("subjectId", subjectId);
		event.put("bizStep", bizStep);
		event.put("disposition", "IN_TRANSIT");
		event.put("eventTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
		for (int i = 0; i < fields.length; i += 2) {
			event.put((String) fields[i], fields[i + 1]);
		}
		return event;
	}

	List<String> record(String user, List<Map<String, Object>> events) {
		DocumentContext answer = Api.as(port, user)
			.execute(TrackingEventsIntegrationTests.RECORD, Map.of("input", Map.of("events", events)))
			.data();
		return answer.read("$.data.trackingEventsRecord.results[*].status");
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	/** Milestones of the parcel the shipper reads: kind, reached_at, cause. */
	static List<String> milestoneRows(UUID shipper, UUID parcel) throws SQLException {
		try (Connection c = RlsProbe.app(shipper, "SHIPPER")) {
			return RlsProbe.rows(c,
					"select kind || ' ' || reached_at || ' ' || cause_kind || ' ' || coalesce("
							+ "cause_event_id::text, '-') from return_milestone where parcel_id = '" + parcel
							+ "' order by kind");
		}
	}

	// --- tests

	@Test
	void theStageAndTheEtaFollowTheReturnFromPlanToCheck() throws Exception {
		TimelineLoad mad = TimelineLoads.closed(1, 0, 1);
		int days = transitDays();
		Map<String, Object> planned = timelineOf("acme", mad.acme());
		assertThat(planned.get("returnId")).isEqualTo(returnId(mad.acme()));
		assertThat(planned.get("stage")).isEqualTo("CREATED");
		assertThat(planned.get("etaBasis")).isEqualTo("PLANNED_DEPARTURE");
		assertThat(instant(planned.get("eta"))).isEqualTo(mad.departure().plusDays(days).toInstant());
		assertThat(milestones(planned)).isEmpty();

		int version = move("operator", "loadDispatch", mad, 1);
		assertThat(timelineOf("acme", mad.acme()).get("stage")).as("a dispatch is no milestone").isEqualTo("CREATED");
		version = move("carrier", "loadDepart", mad, version);
		Map<String, Object> departed = timelineOf("acme", mad.acme());
		assertThat(departed.get("stage")).isEqualTo("IN_TRANSIT");
		assertThat(departed.get("etaBasis")).isEqualTo("DEPARTED");
		assertThat(milestones(departed)).singleElement().satisfies((m) -> {
			assertThat(m.get("kind")).isEqualTo("DEPARTED");
			assertThat(m.get("parcelId")).isEqualTo(parcel(mad.acme().parcels().getFirst()));
			assertThat(m.get("itemCount")).isEqualTo(1);
			assertThat(m.get("items")).asString()
				.contains(GlobalId.encode("ReturnItem", mad.acme().items().getFirst()))
				.contains("SKU-1");
			assertThat(instant(departed.get("eta"))).isEqualTo(instant(m.get("reachedAt")).plusSeconds(days * 86_400L));
		});
		OffsetDateTime departedAt = OffsetDateTime.parse((String) milestones(departed).getFirst().get("reachedAt"));

		// Held at customs just after departure: CUSTOMS, until the release supersedes it.
		// (The API writes times to the millisecond, so a millisecond after the departure
		// as read is after it.)
		assertThat(
				record("carrier",
						List.of(event(load(mad), "STORING", departedAt.plusNanos(1_000_000), "exception",
								"CUSTOMS_HOLD", "exceptionReason", "Documents asked for"))))
			.containsExactly("RECORDED");
		Map<String, Object> held = timelineOf("acme", mad.acme());
		assertThat(held.get("stage")).isEqualTo("CUSTOMS");
		assertThat(held.get("openException")).isEqualTo("CUSTOMS_HOLD");
		UUID declaration = acceptedDeclaration(mad);
		DocumentContext release = Api.as(port, "operator")
			.execute(RELEASE,
					Map.of("input",
							Map.of("declarationId", GlobalId.encode(CustomsDeclaration.TYPE, declaration), "version", 1,
									"status", "RELEASED")))
			.data();
		assertThat(release.read("$.data.customsDeclarationStatusRecord.userErrors", List.class)).isEmpty();
		Map<String, Object> cleared = timelineOf("acme", mad.acme());
		assertThat(kinds(cleared)).containsExactly("DEPARTED", "CLEARED");
		assertThat(cleared.get("stage")).isEqualTo("IN_TRANSIT");
		assertThat(cleared.get("openException")).isNull();
		assertThat(kinds(timelineOf("globex", mad.globex()))).containsExactly("DEPARTED", "CLEARED");

		version = move("carrier", "loadArrive", mad, version);
		Map<String, Object> arrived = timelineOf("acme", mad.acme());
		assertThat(arrived.get("stage")).isEqualTo("ARRIVED");
		assertThat(arrived.get("etaBasis")).isEqualTo("ARRIVED");
		assertThat(arrived.get("eta")).isEqualTo(milestones(arrived).getLast().get("reachedAt"));

		// Acme's parcel is received; Globex's is not named, so MISSING: no RECEIVED.
		DocumentContext receipt = Api.as(port, "operator")
			.execute(RECEIVE, Map.of("input", Map.of("loadId", load(mad), "version", version, "lines",
					List.of(Map.of("parcelId", parcel(mad.acme().parcels().getFirst()), "outcome", "RECEIVED")))))
			.data();
		assertThat(receipt.read("$.data.loadReceive.userErrors", List.class)).isEmpty();
		assertThat(timelineOf("acme", mad.acme()).get("stage")).isEqualTo("RECEIVED");
		assertThat(record("operator", List.of(event(parcel(mad.acme().parcels().getFirst()), "INSPECTING", now(),
				"readPointHubId", GlobalId.encode(Hub.TYPE, MadLoads.RTM_HUB)))))
			.containsExactly("RECORDED");
		Map<String, Object> checked = timelineOf("acme", mad.acme());
		assertThat(checked.get("stage")).isEqualTo("CHECKED");
		assertThat(kinds(checked)).containsExactly("DEPARTED", "CLEARED", "ARRIVED_AT_HUB", "RECEIVED", "CHECKED");
		// The events: the hold on the load, inherited through the pallet, and the check
		// on the parcel itself.
		assertThat(checked.get("events")).asString()
			.contains("Documents asked for")
			.contains(GlobalId.encode(HandlingUnit.TYPE, mad.palletId()))
			.contains("INSPECTING");
		Map<String, Object> globex = timelineOf("globex", mad.globex());
		assertThat(globex.get("stage")).isEqualTo("ARRIVED");
		assertThat(kinds(globex)).containsExactly("DEPARTED", "CLEARED", "ARRIVED_AT_HUB");
		// The operator reads both; the public detail of the Java API hides the reason,
		// the recorder and the items.
		assertThat(timelineOf("operator", mad.acme()).get("stage")).isEqualTo("CHECKED");
		ReturnTimeline open = TenantContext
			.supplyAs(Fixtures.tenant(Fixtures.ACME, OrganizationKind.SHIPPER),
					() -> timelines.timeline(mad.acme().returnId(), ReturnTimelines.Detail.PUBLIC))
			.orElseThrow();
		assertThat(open.stage()).isEqualTo(ReturnStage.CHECKED);
		assertThat(open.milestones()).hasSize(5).allSatisfy((m) -> {
			assertThat(m.items()).isEmpty();
			assertThat(m.parcelId()).isNull();
			assertThat(m.itemCount()).isEqualTo(1);
		});
		assertThat(open.events()).isNotEmpty().allSatisfy((e) -> {
			assertThat(e.exceptionReason()).isNull();
			assertThat(e.recorderOrgId()).isEqualTo(GlobalId.NONE);
			assertThat(e.recordedBy()).isEmpty();
			assertThat(e.clientEventId()).isEmpty();
		});
		assertThat(open.events()).anyMatch((e) -> e.exception() == TrackingExceptionKind.CUSTOMS_HOLD);
	}

	/**
	 * An ACCEPTED declaration of the load, as customs answered it, written as the
	 * operator.
	 */
	static UUID acceptedDeclaration(TimelineLoad load) throws SQLException {
		UUID id = UUID.randomUUID();
		try (Connection c = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(c, """
					insert into customs_declaration (operator_id, id, load_id, carrier_id, status, customs_reference,
					                                 currency, export_country, import_country, created_by, created_at,
					                                 updated_by, updated_at, version)
					values ('%s', '%s', '%s', '%s', 'ACCEPTED', '26NL00000000000TL1', 'EUR', 'ES', 'NL', 'scratch',
					        now(), 'scratch', now(), 1)""".formatted(Fixtures.OPERATOR, id, load.loadId(),
					Fixtures.CARRIER));
			c.commit();
		}
		return id;
	}

	@Test
	void anEventOnTheLoadReachesEveryParcelInItOnceWhateverTheReplays() throws Exception {
		TimelineLoad mad = TimelineLoads.closed(1, 1, 2);
		UUID direct = mad.acme().parcels().get(0);
		UUID bagged = mad.acme().parcels().get(1);
		UUID globex = mad.globex().parcels().getFirst();
		OffsetDateTime first = now().minusMinutes(2).withOffsetSameInstant(ZoneOffset.ofHours(1));
		List<Map<String, Object>> batch = List.of(event(load(mad), "DEPARTING", first));
		assertThat(record("carrier", batch)).containsExactly("RECORDED");
		List<String> acmeDirect = milestoneRows(Fixtures.ACME, direct);
		List<String> acmeBagged = milestoneRows(Fixtures.ACME, bagged);
		List<String> globexRows = milestoneRows(Fixtures.GLOBEX, globex);
		// The bag was packed onto the pallet before loading, so the carrier's policies do
		// not show it; the milestone writer reads the whole containment record.
		assertThat(acmeDirect).singleElement().asString().startsWith("DEPARTED").contains(" EVENT ");
		assertThat(acmeBagged).singleElement().asString().startsWith("DEPARTED");
		assertThat(globexRows).singleElement().asString().startsWith("DEPARTED");
		// And the event itself reaches the parcel in the bag, through the bag the carrier
		// cannot see (tracking/V7): Acme reads it among its parcel's events.
		List<String> baggedEvents = Api.as(port, "acme")
			.execute(TrackingEventsIntegrationTests.EVENTS, Map.of("subject", parcel(bagged), "first", 10))
			.data()
			.read("$.data.trackingEvents.edges[*].node.inheritedThrough");
		assertThat(baggedEvents).containsExactly(GlobalId.encode(HandlingUnit.TYPE, mad.bagId()));
		for (int i = 0; i < 3; i++) {
			assertThat(record("carrier", batch)).containsExactly("REPLAYED");
		}
		// A second departure event, and the load's own move: the milestone stays the
		// first.
		assertThat(record("carrier", List.of(event(load(mad), "DEPARTING", now())))).containsExactly("RECORDED");
		int version = move("operator", "loadDispatch", mad, 1);
		move("carrier", "loadDepart", mad, version);
		assertThat(milestoneRows(Fixtures.ACME, direct)).isEqualTo(acmeDirect);
		assertThat(milestoneRows(Fixtures.ACME, bagged)).isEqualTo(acmeBagged);
		assertThat(milestoneRows(Fixtures.GLOBEX, globex)).isEqualTo(globexRows);
		// Each parcel's milestone covers its own two lines; the return's covers four.
		Map<String, Object> acme = timelineOf("acme", mad.acme());
		assertThat(milestones(acme)).hasSize(2).allSatisfy((m) -> assertThat(m.get("itemCount")).isEqualTo(2));
		assertThat(milestones(acme)).extracting((m) -> m.get("parcelId"))
			.containsExactlyInAnyOrder(parcel(direct), parcel(bagged));
		assertThat(instant(milestones(acme).getFirst().get("reachedAt")))
			.isEqualTo(first.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		// An event that reaches no milestone reaches none.
		assertThat(record("carrier", List.of(event(load(mad), "SHIPPING", now())))).containsExactly("RECORDED");
		assertThat(milestones(timelineOf("acme", mad.acme()))).hasSize(2);
	}

	@Test
	void aTimelineTakesTheSameStatementsForOneParcelAndForMany() throws Exception {
		TimelineLoad small = TimelineLoads.closed(1, 0, 1);
		TimelineLoad large = TimelineLoads.closed(3, 2, 3);
		for (TimelineLoad load : List.of(small, large)) {
			assertThat(record("carrier", List.of(event(load(load), "DEPARTING", now().minusMinutes(3)),
					event(load(load), "SHIPPING", now().minusMinutes(2), "exception", "DELAYED", "exceptionReason",
							"Traffic"),
					event(load(load), "ARRIVING", now().minusMinutes(1)))))
				.containsOnly("RECORDED");
			List<Map<String, Object>> checks = new ArrayList<>();
			for (UUID p : load.acme().parcels()) {
				checks.add(event(parcel(p), "INSPECTING", now(), "readPointHubId",
						GlobalId.encode(Hub.TYPE, MadLoads.RTM_HUB)));
			}
			assertThat(record("operator", checks)).containsOnly("RECORDED");
		}
		timeline("acme", returnId(small.acme()));
		SqlStatements.reset();
		Map<String, Object> one = timelineOf("acme", small.acme());
		int forOne = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		SqlStatements.reset();
		Map<String, Object> many = timelineOf("acme", large.acme());
		int forMany = SqlStatements.count();
		assertThat(milestones(one)).hasSize(3);
		assertThat(milestones(many)).hasSize(15);
		assertThat(((List<?>) many.get("events"))).hasSizeGreaterThanOrEqualTo(8);
		assertThat(many.get("stage")).isEqualTo("CHECKED");
		System.out.printf("returnTimeline: 1 parcel %d statements, 5 parcels %d:%n  %s%n", forOne, forMany,
				String.join("\n  ", log));
		assertThat(forMany).as("%s", log).isEqualTo(forOne);
		assertThat(forOne).as("%s", log).isLessThanOrEqualTo(5);
	}

	@Test
	void anotherShipperTheCarrierAndAnotherOperatorFindNoTimeline() throws Exception {
		new TrackingEventsIntegrationTests().anotherCarrierAndAnotherOperatorExist();
		TimelineLoad mad = TimelineLoads.closed(1, 0, 1);
		assertThat(record("carrier", List.of(event(load(mad), "DEPARTING", now())))).containsExactly("RECORDED");
		String id = returnId(mad.acme());
		String missing = timeline("acme", GlobalId.encode(ReturnOrder.TYPE, UUID.randomUUID())).jsonString();
		assertThat(missing).contains("NOT_FOUND").contains("\"timeline\":null");
		assertThat(timeline("acme", GlobalId.encode(Parcel.TYPE, mad.acme().returnId())).jsonString())
			.isEqualTo(missing);
		for (String other : List.of("globex", "carrier")) {
			assertThat(timeline(other, id).jsonString()).as(other).isEqualTo(missing);
		}
		// The positive control: its shipper and its operator read it.
		assertThat(kinds(timelineOf("acme", mad.acme()))).containsExactly("DEPARTED");
		assertThat(kinds(timelineOf("operator", mad.acme()))).containsExactly("DEPARTED");
		// Another operator, through the Java API.
		Optional<ReturnTimeline> rival = TenantContext.supplyAs(
				Fixtures.tenant(OTHER_OPERATOR, OrganizationKind.OPERATOR),
				() -> timelines.timeline(mad.acme().returnId()));
		assertThat(rival).isEmpty();
		// The policies, with the negative control: without row-level security each would
		// read Acme's milestone.
		String where = "return_milestone where return_id = '" + mad.acme().returnId() + "'";
		for (Map.Entry<UUID, String> org : Map
			.of(Fixtures.GLOBEX, "SHIPPER", Fixtures.CARRIER, "CARRIER", OTHER_OPERATOR, "OPERATOR")
			.entrySet()) {
			try (Connection c = RlsProbe.app(org.getKey(), org.getValue())) {
				assertThat(RlsProbe.count(c, where)).as(org.getValue()).isZero();
			}
			assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("return_milestone"), org.getKey(), org.getValue(),
					where))
				.as(org.getValue())
				.isEqualTo(1);
		}
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			assertThat(RlsProbe.count(c, where)).isEqualTo(1);
		}
	}

	@Test
	void theApplicationCannotWriteMilestonesNorRaiseTheWritersFlag() throws Exception {
		TimelineLoad mad = TimelineLoads.closed(1, 0, 1);
		UUID acmeParcel = mad.acme().parcels().getFirst();
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			RlsProbe.assertSubjectToRowLevelSecurity(c);
			assertThatThrownBy(() -> RlsProbe.update(c,
					"insert into return_milestone (shipper_id, id, operator_id, return_id, parcel_id, kind, reached_at,"
							+ " cause_kind, load_id, item_ids) values ('%s', gen_random_uuid(), '%s', '%s', '%s', 'CHECKED',"
								.formatted(Fixtures.ACME, Fixtures.OPERATOR, mad.acme().returnId(), acmeParcel)
							+ " now(), 'LOAD_RECEIVED', '" + mad.loadId() + "', '{}')"))
				.hasMessageContaining("permission denied");
		}
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThatThrownBy(() -> RlsProbe.text(c, "select key from tracking_writer_key"))
				.hasMessageContaining("permission denied");
		}
		// Any value the application may set is not the owner's key, and the writer's
		// policies are the owner's alone.
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			RlsProbe.text(c, "select set_config('homeward.milestone_writer', 'on', true)");
			assertThat(RlsProbe.count(c, "parcel where id = '" + acmeParcel + "'")).isZero();
			assertThat(RlsProbe.count(c, "aggregation_event where child_parcel_id = '" + acmeParcel + "'")).isZero();
			assertThat(RlsProbe.count(c, "tracking_inherited('" + acmeParcel + "')")).isZero();
			assertThatThrownBy(() -> RlsProbe.text(c, "select tracking_milestone_writer()"))
				.hasMessageContaining("permission denied");
		}
		// The owner itself, outside the function, reads nothing through them either.
		try (Connection c = RlsProbe.owner(Fixtures.GLOBEX, "SHIPPER")) {
			RlsProbe.text(c, "select set_config('homeward.milestone_writer', 'on', true)");
			assertThat(RlsProbe.count(c, "parcel where id = '" + acmeParcel + "'")).isZero();
		}
		// The function refuses what the caller may not tell.
		String departed = "select return_milestones_reach('LOAD_DEPARTED', array['" + mad.loadId()
				+ "']::uuid[], now())";
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThatThrownBy(() -> RlsProbe.text(c, departed)).hasMessageContaining("not a load of the caller");
		}
		try (Connection c = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			// Its own load, but CLOSED: it has not departed.
			assertThatThrownBy(() -> RlsProbe.text(c, departed)).hasMessageContaining("not a load of the caller");
		}
		try (Connection c = RlsProbe.app(OTHER_CARRIER, "CARRIER")) {
			assertThatThrownBy(() -> RlsProbe.text(c, departed)).hasMessageContaining("not a load of the caller");
		}
		// Events the caller did not record reach nothing: the operator's check, written
		// here without the service (which would reach it at once), told by the carrier.
		UUID check = UUID.randomUUID();
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(c,
					"""
							insert into tracking_event (operator_id, id, recorder_org_id, recorded_by, client_event_id, fingerprint,
							                            parcel_id, shipper_id, return_id, biz_step, disposition, read_point_hub_id,
							                            event_time, event_offset_minutes)
							values ('%s', '%s', '%s', 'test', '%s', 'test', '%s', '%s', '%s', 'INSPECTING', 'IN_PROGRESS', '%s',
							        now(), 0)"""
						.formatted(Fixtures.OPERATOR, check, Fixtures.OPERATOR, "tl-" + check, acmeParcel,
								Fixtures.ACME, mad.acme().returnId(), MadLoads.MAD_HUB));
			c.commit();
		}
		String tell = "select return_milestones_reach('EVENT', array['" + check + "']::uuid[], null)";
		try (Connection c = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			assertThat(RlsProbe.text(c, tell)).isEqualTo("0");
			c.commit();
		}
		assertThat(milestoneRows(Fixtures.ACME, acmeParcel)).isEmpty();
		// Its recorder tells it: reached, once.
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			assertThat(RlsProbe.text(c, tell)).isEqualTo("1");
			assertThat(RlsProbe.text(c, tell)).isEqualTo("0");
			c.commit();
		}
		assertThat(milestoneRows(Fixtures.ACME, acmeParcel)).singleElement()
			.asString()
			.startsWith("CHECKED")
			.endsWith(check.toString());
	}

	@Test
	void globalIdsAndMilestoneStepsAgreeBetweenJavaAndTheDatabase() throws SQLException {
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			// The last is longer than PostgreSQL's base64 line of 76 characters.
			for (String type : List.of(ReturnOrder.TYPE, Parcel.TYPE, "ReturnItem", "CustomsDeclarationLine")) {
				for (int i = 0; i < 20; i++) {
					UUID id = UUID.randomUUID();
					assertThat(RlsProbe.text(c, "select homeward_global_id('" + type + "', '" + id + "')"))
						.isEqualTo(GlobalId.encode(type, id));
				}
			}
			for (BizStep step : BizStep.values()) {
				MilestoneKind kind = TimelineRules.milestoneOf(step);
				assertThat(RlsProbe.rows(c, "select coalesce(tracking_milestone_of('" + step.name() + "'), '-')"))
					.as("%s", step)
					.containsExactly((kind != null) ? kind.name() : "-");
			}
		}
	}

	@Test
	void aMilestoneIsDeliveredSignedToItsShipperAlone() throws Exception {
		String acmePath = "/milestone/" + UUID.randomUUID();
		String globexPath = "/milestone/" + UUID.randomUUID();
		endpoint("acme", acmePath, "MILESTONE");
		endpoint("globex", globexPath, "LOAD_DISPATCHED");
		relay.runOnce();
		received.clear();
		TimelineLoad mad = TimelineLoads.closed(1, 0, 1);
		int version = move("operator", "loadDispatch", mad, 1);
		move("carrier", "loadDepart", mad, version);
		relay.runOnce();
		UUID acmeParcel = mad.acme().parcels().getFirst();
		String milestoneId;
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			milestoneId = RlsProbe.text(c, "select id from return_milestone where parcel_id = '" + acmeParcel + "'");
		}
		assertThat(received.stream().filter((r) -> r.path().equals(acmePath))).singleElement().satisfies((r) -> {
			assertThat(r.verdict()).isEqualTo(WebhookVerifier.Verdict.VALID);
			assertThat(r.eventId()).isEqualTo(milestoneId);
			assertThat(r.body().replace(" ", "")).contains("\"type\":\"MILESTONE\"")
				.contains("\"kind\":\"DEPARTED\"")
				.contains("\"id\":\"" + milestoneId + "\"")
				.contains(returnId(mad.acme()))
				.contains(mad.acme().rmaNumber())
				.contains(parcel(acmeParcel))
				.contains(GlobalId.encode("ReturnItem", mad.acme().items().getFirst()))
				.doesNotContain(parcel(mad.globex().parcels().getFirst()))
				.doesNotContain(mad.globex().rmaNumber())
				.doesNotContain("389.00")
				.doesNotContain("unitValue");
		});
		// Globex subscribed to dispatch notices only: its dispatch notice, no milestone.
		assertThat(received.stream().filter((r) -> r.path().equals(globexPath))).singleElement()
			.satisfies((r) -> assertThat(r.body()).contains("LOAD_DISPATCHED").doesNotContain("MILESTONE"));
	}

	void endpoint(String user, String path, String type) {
		DocumentContext data = Api.as(port, user)
			.execute(ENDPOINT,
					Map.of("input", Map.of("idempotencyKey", UUID.randomUUID().toString(), "url",
							"http://127.0.0.1:" + server.getAddress().getPort() + path, "eventTypes", List.of(type))))
			.data();
		assertThat(data.read("$.data.webhookEndpointCreate.userErrors", List.class)).isEmpty();
		secretOf.put(path, data.read("$.data.webhookEndpointCreate.secret"));
	}

}
