package io.homeward.platform.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.ScratchLoads.ScratchLoad;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.returns.ReturnOrder;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code returnUpdates} and {@code loadUpdates} over WebSocket with real Keycloak tokens,
 * real Redis and PostgreSQL: an event recorded by another organization's user reaches the
 * subscriber, inherited through the load; the other shipper in the same load hears only
 * what reaches its own parcels; another organization cannot subscribe (as for a missing
 * object, with the negative control of row-level security off); a connection without a
 * valid token is refused; a notice forged on the Redis channel, as from another instance,
 * shows nobody what its own read does not; one statement per message per subscriber.
 * <p>
 * No timings: a test waits, with a bound, for the server to hold the subscriptions before
 * recording, and then for messages, and proves that nothing else arrived by the order of
 * what did (each subscriber's updates come in the order of the notices).
 */
@IntegrationTest
class TrackingSubscriptionsIntegrationTests {

	static final Duration WAIT = Duration.ofSeconds(20);

	static final String RETURN_UPDATES = """
			subscription($id: ID!) {
			  returnUpdates(returnId: $id) {
			    returnId
			    event { id clientEventId subjectId inheritedThrough recordedByOrganizationId }
			  }
			}""";

	static final String LOAD_UPDATES = """
			subscription($id: ID!) {
			  loadUpdates(loadId: $id) { loadId status event { id clientEventId subjectId } }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	TrackingSubscriptions subscriptions;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	JsonMapper json;

	final List<GraphQlSocket> sockets = new ArrayList<>();

	@BeforeEach
	void anotherCarrierExists() throws SQLException {
		try (Connection c = RlsProbe.owner(TrackingEventsIntegrationTests.OTHER_CARRIER, "CARRIER")) {
			RlsProbe.update(c,
					"insert into organization (id, name, kind) values ('" + TrackingEventsIntegrationTests.OTHER_CARRIER
							+ "', 'Slow Freight', 'CARRIER') on conflict do nothing");
			c.commit();
		}
	}

	@AfterEach
	void closeSockets() {
		sockets.forEach(GraphQlSocket::close);
		await(() -> subscriptions.held() == 0, "the closed sockets' subscriptions to end");
	}

	GraphQlSocket connected(String user) {
		GraphQlSocket socket = GraphQlSocket.open(GraphQlSocket.url(port));
		sockets.add(socket);
		assertThat(socket.init(Api.token(user))).as("connection_ack for %s", user).isTrue();
		return socket;
	}

	static String returnId(UUID id) {
		return GlobalId.encode(ReturnOrder.TYPE, id);
	}

	static String loadId(UUID id) {
		return GlobalId.encode(Load.TYPE, id);
	}

	/** Subscribes, and waits until the server holds {@code held} subscriptions. */
	String subscribed(GraphQlSocket socket, String document, String id, int held) {
		String operation = socket.subscribe(document, Map.of("id", id));
		await(() -> subscriptions.held() >= held, held + " subscriptions to be held");
		return operation;
	}

	static void await(BooleanSupplier condition, String what) {
		Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(condition::getAsBoolean);
	}

	/** Records one event as {@code user}; its global id. */
	String record(String user, String clientEventId, String subjectId) {
		DocumentContext answer = Api.as(port, user)
			.execute(TrackingEventsIntegrationTests.RECORD,
					Map.of("input",
							Map.of("events",
									List.of(TrackingEventsIntegrationTests.event(clientEventId, subjectId,
											TrackingEventsIntegrationTests.secondsAhead(2))))))
			.data();
		assertThat(answer.read("$.data.trackingEventsRecord.results[0].status", String.class)).isEqualTo("RECORDED");
		return answer.read("$.data.trackingEventsRecord.results[0].event.id");
	}

	static String clientEventId(GraphQlSocket.Message message, String field) {
		assertThat(message.type()).as("%s", message).isEqualTo("next");
		return (String) message.at("data." + field + ".event.clientEventId");
	}

	@Test
	void aShipperHearsAnotherUsersEventsAndTheOtherShipperInTheLoadOnlyWhatReachesItsParcels() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		GraphQlSocket acme = connected("acme");
		GraphQlSocket globex = connected("globex");
		String acmeUpdates = subscribed(acme, RETURN_UPDATES, returnId(scratch.acmeReturn()), 1);
		String globexUpdates = subscribed(globex, RETURN_UPDATES, returnId(scratch.globexReturn()), 2);

		String onLoad = TrackingEventsIntegrationTests.id();
		String onAcmeParcel = TrackingEventsIntegrationTests.id();
		String onGlobexParcel = TrackingEventsIntegrationTests.id();
		String onLoadAgain = TrackingEventsIntegrationTests.id();
		// Recorded by the carrier's user, another organization.
		record("carrier", onLoad, TrackingEventsIntegrationTests.load(scratch));
		record("carrier", onAcmeParcel, TrackingEventsIntegrationTests.parcel(scratch.acmeParcel()));
		record("carrier", onGlobexParcel, TrackingEventsIntegrationTests.parcel(scratch.globexParcel()));
		record("carrier", onLoadAgain, TrackingEventsIntegrationTests.load(scratch));

		GraphQlSocket.Message first = acme.next(acmeUpdates, WAIT);
		assertThat(clientEventId(first, "returnUpdates")).isEqualTo(onLoad);
		assertThat(first.at("data.returnUpdates.returnId")).isEqualTo(returnId(scratch.acmeReturn()));
		// Inherited: recorded on the load, reaching Acme's parcel through its pallet.
		assertThat(first.at("data.returnUpdates.event.subjectId"))
			.isEqualTo(TrackingEventsIntegrationTests.load(scratch));
		assertThat(first.at("data.returnUpdates.event.inheritedThrough"))
			.isEqualTo(TrackingEventsIntegrationTests.unit(scratch));
		assertThat(first.at("data.returnUpdates.event.recordedByOrganizationId"))
			.isEqualTo(GlobalId.encode("Organization", Fixtures.CARRIER));
		GraphQlSocket.Message second = acme.next(acmeUpdates, WAIT);
		assertThat(clientEventId(second, "returnUpdates")).isEqualTo(onAcmeParcel);
		assertThat(second.at("data.returnUpdates.event.inheritedThrough")).isNull();
		// Nothing of Globex's parcel came between: the next is the second load event.
		assertThat(clientEventId(acme.next(acmeUpdates, WAIT), "returnUpdates")).isEqualTo(onLoadAgain);

		assertThat(clientEventId(globex.next(globexUpdates, WAIT), "returnUpdates")).isEqualTo(onLoad);
		// Never Acme's parcel event: Globex's next is its own parcel's.
		assertThat(clientEventId(globex.next(globexUpdates, WAIT), "returnUpdates")).isEqualTo(onGlobexParcel);
		assertThat(clientEventId(globex.next(globexUpdates, WAIT), "returnUpdates")).isEqualTo(onLoadAgain);
	}

	@Test
	void aLoadsSubscribersHearItsEventsAsEachMaySeeThemAndItsDispatch() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		GraphQlSocket carrier = connected("carrier");
		GraphQlSocket globex = connected("globex");
		String carrierUpdates = subscribed(carrier, LOAD_UPDATES, loadId(scratch.loadId()), 1);
		String globexUpdates = subscribed(globex, LOAD_UPDATES, loadId(scratch.loadId()), 2);

		String onAcmeParcel = TrackingEventsIntegrationTests.id();
		String onUnit = TrackingEventsIntegrationTests.id();
		record("carrier", onAcmeParcel, TrackingEventsIntegrationTests.parcel(scratch.acmeParcel()));
		record("carrier", onUnit, TrackingEventsIntegrationTests.unit(scratch));

		assertThat(clientEventId(carrier.next(carrierUpdates, WAIT), "loadUpdates")).isEqualTo(onAcmeParcel);
		GraphQlSocket.Message unit = carrier.next(carrierUpdates, WAIT);
		assertThat(clientEventId(unit, "loadUpdates")).isEqualTo(onUnit);
		assertThat(unit.at("data.loadUpdates.status")).isEqualTo("CLOSED");
		assertThat(unit.at("data.loadUpdates.loadId")).isEqualTo(loadId(scratch.loadId()));
		// Globex sees the load and the pallet holding its parcel, not Acme's parcel.
		assertThat(clientEventId(globex.next(globexUpdates, WAIT), "loadUpdates")).isEqualTo(onUnit);

		// A status change, as TrackingNotices publishes it when consolidation dispatches
		// or receives the load.
		publish(new TrackingNotice(List.of(), scratch.loadId()));
		GraphQlSocket.Message status = globex.next(globexUpdates, WAIT);
		assertThat(status.at("data.loadUpdates.event")).isNull();
		assertThat(status.at("data.loadUpdates.status")).isEqualTo("CLOSED");
	}

	@Test
	void anotherOrganizationCannotSubscribeAndIsAnsweredAsForAMissingObject() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		UUID foreignLoad = TrackingEventsIntegrationTests.otherCarriersLoad();
		GraphQlSocket globex = connected("globex");
		GraphQlSocket carrier = connected("carrier");

		GraphQlSocket.Message missing = globex
			.next(globex.subscribe(RETURN_UPDATES, Map.of("id", returnId(UUID.randomUUID()))), WAIT);
		assertThat(missing.type()).isEqualTo("error");
		assertThat(missing.errors().toString()).contains("NOT_FOUND");
		GraphQlSocket.Message foreign = globex
			.next(globex.subscribe(RETURN_UPDATES, Map.of("id", returnId(scratch.acmeReturn()))), WAIT);
		assertThat(foreign.type()).isEqualTo("error");
		assertThat(foreign.errors()).isEqualTo(missing.errors());
		// A carrier reads no returns, its own loads' parcels' included.
		assertThat(carrier.next(carrier.subscribe(RETURN_UPDATES, Map.of("id", returnId(scratch.acmeReturn()))), WAIT)
			.errors()).isEqualTo(missing.errors());
		// Another carrier's load, and an id of another type.
		GraphQlSocket.Message missingLoad = carrier
			.next(carrier.subscribe(LOAD_UPDATES, Map.of("id", loadId(UUID.randomUUID()))), WAIT);
		assertThat(missingLoad.type()).isEqualTo("error");
		assertThat(carrier.next(carrier.subscribe(LOAD_UPDATES, Map.of("id", loadId(foreignLoad))), WAIT).errors())
			.isEqualTo(missingLoad.errors());
		assertThat(carrier.next(carrier.subscribe(LOAD_UPDATES, Map.of("id", returnId(scratch.acmeReturn()))), WAIT)
			.errors()).isEqualTo(missingLoad.errors());
		assertThat(subscriptions.held()).isZero();
		// The negative control: without row-level security the refusals would be
		// subscriptions.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("return_order"), Fixtures.GLOBEX, "SHIPPER",
				"return_order where id = '" + scratch.acmeReturn() + "'"))
			.isEqualTo(1);
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("load"), Fixtures.CARRIER, "CARRIER",
				"load where id = '" + foreignLoad + "'"))
			.isEqualTo(1);
		// The owner of the return subscribes.
		GraphQlSocket acme = connected("acme");
		subscribed(acme, RETURN_UPDATES, returnId(scratch.acmeReturn()), 1);
	}

	@Test
	void aConnectionWithoutAValidTokenIsRefusedWhenItOpens() {
		String token = Api.token("acme");
		String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
		for (Map<String, Object> payload : List.<Map<String, Object>>of(Map.of(), Map.of("Authorization", "Bearer "),
				Map.of("Authorization", "Bearer not-a-token"), Map.of("Authorization", "Bearer " + tampered),
				Map.of("Authorization", "Basic YWNtZTpob21ld2FyZA=="), Map.of("token", token))) {
			try (GraphQlSocket socket = GraphQlSocket.open(GraphQlSocket.url(port))) {
				assertThat(socket.initWith(payload)).as("%s", payload.keySet()).isFalse();
				assertThat(socket.closeCode(WAIT)).isEqualTo(4401);
			}
		}
		// Subscribing before connection_init closes the socket as the protocol says.
		try (GraphQlSocket socket = GraphQlSocket.open(GraphQlSocket.url(port))) {
			socket.subscribe(RETURN_UPDATES, Map.of("id", returnId(UUID.randomUUID())));
			assertThat(socket.closeCode(WAIT)).isEqualTo(4401);
		}
		// Letting the handshake through opened nothing else: /graphql still needs a
		// token, and the socket's path runs no GraphQL over plain HTTP.
		assertThat(Api.anonymous(port).get("/graphql-ws").body()).doesNotContain("__typename", "\"data\"");
		assertThat(Api.anonymous(port)
			.post("{\"query\":\"{ __typename }\"}", "application/json", "application/json")
			.status()).isEqualTo(401);
		assertThat(subscriptions.held()).isZero();
	}

	@Test
	void queriesAndMutationsAreRefusedOverTheSocketAndSubscriptionsAreBoundedPerConnection() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		GraphQlSocket acme = connected("acme");
		GraphQlSocket.Message query = acme.next(acme.subscribe("{ viewer { username } }", Map.of()), WAIT);
		assertThat(query.type()).isEqualTo("error");
		assertThat(query.errors().toString()).contains("SUBSCRIPTIONS_ONLY");
		List<String> held = new ArrayList<>();
		for (int i = 1; i <= 16; i++) {
			held.add(subscribed(acme, RETURN_UPDATES, returnId(scratch.acmeReturn()), i));
		}
		GraphQlSocket.Message refused = acme
			.next(acme.subscribe(RETURN_UPDATES, Map.of("id", returnId(scratch.acmeReturn()))), WAIT);
		assertThat(refused.type()).isEqualTo("error");
		assertThat(refused.errors().toString()).contains("TOO_MANY_SUBSCRIPTIONS");
		assertThat(subscriptions.held()).isEqualTo(16);
		// The others go on; one completed frees its place.
		acme.complete(held.getFirst());
		await(() -> subscriptions.held() == 15, "the completed subscription to end");
		subscribed(acme, RETURN_UPDATES, returnId(scratch.acmeReturn()), 16);
		// Another connection has places of its own.
		subscribed(connected("acme"), RETURN_UPDATES, returnId(scratch.acmeReturn()), 17);
	}

	void publish(TrackingNotice notice) {
		redis.convertAndSend(TrackingNotices.CHANNEL, json.writeValueAsString(notice));
	}

	@Test
	void aNoticeFromAnotherInstanceIsStillReadUnderEachSubscribersRowLevelSecurity() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		GraphQlSocket globex = connected("globex");
		String globexReturn = subscribed(globex, RETURN_UPDATES, returnId(scratch.globexReturn()), 1);
		String globexLoad = subscribed(globex, LOAD_UPDATES, loadId(scratch.loadId()), 2);
		GraphQlSocket acme = connected("acme");
		String acmeReturn = subscribed(acme, RETURN_UPDATES, returnId(scratch.acmeReturn()), 3);

		String onAcmeParcel = TrackingEventsIntegrationTests.id();
		UUID acmeEvent = GlobalId
			.decode(record("carrier", onAcmeParcel, TrackingEventsIntegrationTests.parcel(scratch.acmeParcel())),
					TrackingEvent.TYPE)
			.orElseThrow();
		assertThat(clientEventId(acme.next(acmeReturn, WAIT), "returnUpdates")).isEqualTo(onAcmeParcel);
		// Forged, as from another instance: Acme's parcel event said to be of Globex's
		// return and in the load Globex watches.
		publish(new TrackingNotice(List
			.of(new TrackingNotice.Event(acmeEvent, Fixtures.OPERATOR, scratch.loadId(), scratch.globexReturn())),
				scratch.loadId()));
		publish(new TrackingNotice(
				List.of(new TrackingNotice.Event(acmeEvent, Fixtures.OPERATOR, scratch.loadId(), null)), null));
		// Globex's reads of them found nothing of Acme's: its next messages are the
		// status the forged notice asked it to read and then its own parcel's event.
		GraphQlSocket.Message status = globex.next(globexLoad, WAIT);
		assertThat(status.at("data.loadUpdates.event")).isNull();
		String onGlobexParcel = TrackingEventsIntegrationTests.id();
		record("carrier", onGlobexParcel, TrackingEventsIntegrationTests.parcel(scratch.globexParcel()));
		assertThat(clientEventId(globex.next(globexReturn, WAIT), "returnUpdates")).isEqualTo(onGlobexParcel);
		assertThat(clientEventId(globex.next(globexLoad, WAIT), "loadUpdates")).isEqualTo(onGlobexParcel);
		// Acme, whose event it is, hears it again from the second forged notice (the read
		// is what counts, not who sent the notice), and nothing of Globex's parcel.
		assertThat(clientEventId(acme.next(acmeReturn, WAIT), "returnUpdates")).isEqualTo(onAcmeParcel);
		// The negative control: without row-level security Globex's read would find
		// Acme's event.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("tracking_event"), Fixtures.GLOBEX, "SHIPPER",
				"tracking_event where id = '" + acmeEvent + "'"))
			.isEqualTo(1);
	}

	@Test
	void eachMessageTakesOneStatementPerSubscriberWhateverTheEventsItNames() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		GraphQlSocket acme = connected("acme");
		String updates = subscribed(acme, RETURN_UPDATES, returnId(scratch.acmeReturn()), 1);
		String onLoad = TrackingEventsIntegrationTests.id();
		UUID event = GlobalId
			.decode(record("carrier", onLoad, TrackingEventsIntegrationTests.load(scratch)), TrackingEvent.TYPE)
			.orElseThrow();
		assertThat(clientEventId(acme.next(updates, WAIT), "returnUpdates")).isEqualTo(onLoad);

		SqlStatements.reset();
		publish(new TrackingNotice(List.of(new TrackingNotice.Event(event, Fixtures.OPERATOR, scratch.loadId(), null)),
				null));
		assertThat(clientEventId(acme.next(updates, WAIT), "returnUpdates")).isEqualTo(onLoad);
		int one = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		List<TrackingNotice.Event> many = new ArrayList<>();
		many.add(new TrackingNotice.Event(event, Fixtures.OPERATOR, scratch.loadId(), null));
		for (int i = 0; i < 49; i++) {
			many.add(new TrackingNotice.Event(UUID.randomUUID(), Fixtures.OPERATOR, scratch.loadId(), null));
		}
		SqlStatements.reset();
		publish(new TrackingNotice(many, null));
		assertThat(clientEventId(acme.next(updates, WAIT), "returnUpdates")).isEqualTo(onLoad);
		System.out.printf("returnUpdates: a notice of 1 event %d statements, of 50 events %d:%n  %s%n", one,
				SqlStatements.count(), String.join("\n  ", log));
		assertThat(SqlStatements.count()).as("%s", log).isEqualTo(one);
		// The binding and the read.
		assertThat(one).as("%s", log).isEqualTo(2);
	}

}
