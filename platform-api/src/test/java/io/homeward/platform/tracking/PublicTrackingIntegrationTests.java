package io.homeward.platform.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import graphql.schema.GraphQLFieldDefinition;
import io.homeward.infra.local.LocalServices;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.Hub;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.ratelimit.RateDecision;
import io.homeward.platform.shared.ratelimit.RateLimiter;
import io.homeward.platform.shared.ratelimit.RateLimiters;
import io.homeward.platform.tenancy.RlsProbe;
import io.homeward.platform.tracking.MadLoads.MadLoad;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.graphql.execution.GraphQlSource;

import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.event;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.secondsAhead;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code returnTrack} at {@code /graphql/public}, with no token, over the real services:
 * a code shows its return's stage, expected arrival, milestones and events, and nothing
 * personal or commercial; the code is read as people type it; the limits against
 * enumeration hold per client address, across aliases and across instances, and fail
 * closed without Redis; and only the lookup function finds a return by its code.
 * <p>
 * Each test asks from addresses of its own (as forwarded by a proxy on loopback), so the
 * limits' buckets in Redis are its own too.
 */
@IntegrationTest
class PublicTrackingIntegrationTests {

	static final String TRACK = """
			query($code: String!) {
			  returnTrack(trackingCode: $code) {
			    track {
			      trackingCode stage expectedArrival expectedArrivalBasis exception
			      milestones { kind reachedAt itemCount }
			      events { bizStep disposition eventTime eventTimeZoneOffset city countryCode exception }
			    }
			    userErrors { field code message }
			  }
			}""";

	/**
	 * What a hit costs after the lookup: returnTimeline's four statements, read as the
	 * return's shipper, and one for the cities of its events' hubs.
	 */
	static final int TIMELINE_STATEMENTS = 4 + 1;

	static final String EXCEPTION_REASON = "Driver Jorge Pérez +34 600 123 456 called in sick";

	@LocalServerPort
	int port;

	@Autowired
	LettuceConnectionFactory connections;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	GraphQlSource graphQl;

	MadLoad load;

	String acmeCode;

	String globexCode;

	@BeforeEach
	void aLoadHasTravelled() throws SQLException {
		load = MadLoads.closed();
		acmeCode = code(Fixtures.ACME, load.acmeParcel());
		globexCode = code(Fixtures.GLOBEX, load.globexParcel());
		String loadId = GlobalId.encode(Load.TYPE, load.loadId());
		Api.as(port, "carrier")
			.execute(TrackingEventsIntegrationTests.RECORD,
					Map.of("input", Map.of("events", List.of(
							with(event("pub-" + UUID.randomUUID(), loadId, secondsAhead(1)), "readPointHubId",
									GlobalId.encode(Hub.TYPE, MadLoads.MAD_HUB), "temperatureC", 7.5),
							with(event("pub-" + UUID.randomUUID(), loadId, secondsAhead(2)), "latitude", 41.65,
									"longitude", -4.72, "exception", "DELAYED", "exceptionReason", EXCEPTION_REASON)))))
			.data();
	}

	static String code(java.util.UUID shipper, java.util.UUID parcel) throws SQLException {
		try (Connection c = RlsProbe.owner(shipper, "SHIPPER");
				PreparedStatement statement = c.prepareStatement(
						"select r.tracking_code from return_order r join parcel p on p.return_id = r.id where p.id = ?")) {
			statement.setObject(1, parcel);
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).isTrue();
				return rs.getString(1);
			}
		}
	}

	/**
	 * What the application could do: raise the owner's flag (tracking/V3) to a value it
	 * chose.
	 */
	static void raiseFlag(Connection c) throws SQLException {
		try (var statement = c.createStatement()) {
			statement.execute("select set_config('homeward.milestone_writer', 'on', true)");
		}
	}

	/**
	 * A client address no other test uses: a random one of the IPv6 documentation prefix.
	 */
	static String address() {
		byte[] bytes = new byte[6];
		ThreadLocalRandom.current().nextBytes(bytes);
		String hex = HexFormat.of().formatHex(bytes);
		return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + "::" + hex.substring(8);
	}

	Api.Result track(String address, String code) {
		return Api.publicEndpoint(port).forwardedFor(address).execute(TRACK, Map.of("code", code));
	}

	@Test
	void aCodeShowsItsReturnsTimelineWithoutALoginAndNothingPersonalOrCommercial() {
		Api.Result result = track(address(), acmeCode);
		var track = result.data();
		assertThat(track.read("$.data.returnTrack.userErrors", List.class)).isEmpty();
		assertThat(track.read("$.data.returnTrack.track.trackingCode", String.class)).isEqualTo(acmeCode);
		assertThat(track.read("$.data.returnTrack.track.stage", String.class)).isNotBlank();
		assertThat(track.read("$.data.returnTrack.track.expectedArrivalBasis", String.class)).isNotBlank();
		assertThat(track.read("$.data.returnTrack.track.exception", String.class)).isEqualTo("DELAYED");
		List<Map<String, Object>> events = track.read("$.data.returnTrack.track.events");
		// The load's two events reach the parcel inside it through containment.
		assertThat(events).extracting((e) -> e.get("exception")).containsSubsequence(null, "DELAYED");
		assertThat(events).anySatisfy((e) -> {
			assertThat(e.get("city")).isEqualTo("Madrid");
			assertThat(e.get("countryCode")).isEqualTo("ES");
			assertThat(e.get("eventTimeZoneOffset")).isEqualTo("+02:00");
		});
		// Nothing personal or commercial, whatever a caller selects: the customer's
		// address, the RMA, the items and their values, the shippers, the carrier, the
		// recorder, the exception's reason, the sensor values, any id.
		assertThat(result.body()).doesNotContain("Calle Mayor", load.acmeParcelRef(), "RMA", "ESP-900", "Espresso",
				"389", "Acme", "Globex", "carrier", EXCEPTION_REASON, "Jorge", "7.5", "41.65",
				GlobalId.encode("Parcel", load.acmeParcel()), load.reference());
	}

	@Test
	void theSchemaOfAPublicTrackHasNoFieldForAnythingElse() {
		// Introspection is off in the API, so the schema the platform serves is read
		// here.
		assertThat(fields("ReturnTrack")).containsExactlyInAnyOrder("trackingCode", "stage", "expectedArrival",
				"expectedArrivalBasis", "exception", "milestones", "events");
		assertThat(fields("ReturnTrackEvent")).containsExactlyInAnyOrder("bizStep", "disposition", "eventTime",
				"eventTimeZoneOffset", "city", "countryCode", "exception");
		assertThat(fields("ReturnTrackMilestone")).containsExactlyInAnyOrder("kind", "reachedAt", "itemCount");
		assertThat(fields("ReturnTrackPayload")).containsExactlyInAnyOrder("track", "userErrors");
	}

	List<String> fields(String type) {
		return graphQl.schema()
			.getObjectType(type)
			.getFieldDefinitions()
			.stream()
			.map(GraphQLFieldDefinition::getName)
			.toList();
	}

	@Test
	void aCodeIsReadAsPeopleTypeIt() {
		String typed = acmeCode.toLowerCase().replace("0", "o").replace("1", "l");
		typed = typed.substring(0, 6) + "-" + typed.substring(6, 12) + " " + typed.substring(12);
		var track = track(address(), typed).data();
		assertThat(track.read("$.data.returnTrack.track.trackingCode", String.class)).isEqualTo(acmeCode);
	}

	@Test
	void eachShipperCodeShowsOnlyItsOwnReturnsParcelEvents() {
		String onGlobexParcel = "pub-globex-" + UUID.randomUUID();
		Api.as(port, "carrier")
			.execute(TrackingEventsIntegrationTests.RECORD,
					Map.of("input",
							Map.of("events", List.of(with(
									event(onGlobexParcel, TrackingEventsIntegrationTests.parcel(load.globexParcel()),
											secondsAhead(3)),
									"bizStep", "INSPECTING", "disposition", "DAMAGED", "exception", "DAMAGED",
									"exceptionReason", "Crushed corner")))))
			.data();
		var acme = track(address(), acmeCode).data();
		var globex = track(address(), globexCode).data();
		assertThat(acme.read("$.data.returnTrack.track.events[*].bizStep", List.class)).doesNotContain("INSPECTING");
		assertThat(globex.read("$.data.returnTrack.track.events[*].bizStep", List.class)).contains("INSPECTING");
		assertThat(acme.read("$.data.returnTrack.track.exception", String.class)).isEqualTo("DELAYED");
	}

	@Test
	void aMalformedCodeIsRefusedAsSuchAndCostsNoMiss() {
		String address = address();
		for (String malformed : List.of("", "HW", "XX0123456789ABCDEF", "HW0123456789ABCDEU", "HW0123456789ABCDE",
				"HW" + "0".repeat(80), "HW0123456789ABCDE!", "HW0123456789ABCDEFGH", "'; drop table", "hw 0",
				"HW０１２３４５６７８９ABCDEF")) {
			var answer = track(address, malformed).data();
			assertThat(answer.read("$.data.returnTrack.userErrors[0].code", String.class)).as(malformed)
				.isEqualTo("INVALID");
			assertThat(answer.read("$.data.returnTrack.userErrors[0].field", List.class))
				.containsExactly("trackingCode");
		}
		// A NUL is refused before the operation runs, as in any text of any operation.
		Api.Result nul = track(address, "HW0123456789ABCDE\u0000");
		assertThat(nul.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_USER_INPUT");
		// Twelve malformed codes, more than the ten misses a client has: none was a miss.
		assertThat(track(address, acmeCode).data().read("$.data.returnTrack.track.trackingCode", String.class))
			.isEqualTo(acmeCode);
	}

	@Test
	void tenUnknownCodesUseUpAClientsMissesAndThenEvenARealCodeIsRefused() {
		String address = address();
		for (int i = 0; i < 10; i++) {
			var answer = track(address, unknownCode()).data();
			assertThat(answer.read("$.data.returnTrack.track", Object.class)).isNull();
			assertThat(answer.read("$.data.returnTrack.userErrors[0].code", String.class)).isEqualTo("NOT_FOUND");
		}
		Api.Result refused = track(address, unknownCode());
		assertRateLimited(refused);
		// A client out of misses learns nothing more, not even that a code is right.
		Api.Result real = track(address, acmeCode);
		assertRateLimited(real);
		assertThat(real.body()).doesNotContain("stage");
		// Another client has its own budget.
		assertThat(track(address(), acmeCode).data().read("$.data.returnTrack.track.trackingCode", String.class))
			.isEqualTo(acmeCode);
	}

	static void assertRateLimited(Api.Result result) {
		assertThat(result.status()).as(result.body()).isEqualTo(429);
		assertThat(result.read("$.errors[0].extensions.code", String.class)).isEqualTo("RATE_LIMITED");
		assertThat(result.read("$.errors[0].path", List.class)).containsExactly("returnTrack");
		long retryAfter = result.read("$.errors[0].extensions.retryAfterSeconds", Long.class);
		assertThat(retryAfter).isPositive();
		assertThat(result.headers().firstValue("Retry-After")).hasValue(Long.toString(retryAfter));
	}

	static String unknownCode() {
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder code = new StringBuilder("HW");
		for (int i = 0; i < 16; i++) {
			code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return code.toString();
	}

	@Test
	void aCustomerAskingAgainAndAgainNeverRunsOutOfMisses() {
		String address = address();
		for (int i = 0; i < 25; i++) {
			assertThat(track(address, acmeCode).data().read("$.data.returnTrack.track.trackingCode", String.class))
				.isEqualTo(acmeCode);
		}
		for (int i = 0; i < 4; i++) {
			assertThat(track(address, unknownCode()).data().read("$.data.returnTrack.userErrors[0].code", String.class))
				.isEqualTo("NOT_FOUND");
		}
		// 29 of the 30 questions a minute: the next one passes, the one after is refused.
		assertThat(track(address, acmeCode).status()).isEqualTo(200);
		assertRateLimited(track(address, acmeCode));
	}

	@Test
	void everyAliasIsAQuestionOfItsOwn() {
		StringBuilder document = new StringBuilder("query($code: String!) {");
		IntStream.range(0, 31)
			.forEach((i) -> document.append(" t")
				.append(i)
				.append(": returnTrack(trackingCode: $code) { track { stage } }"));
		document.append(" }");
		Api.Result result = Api.publicEndpoint(port)
			.forwardedFor(address())
			.execute(document.toString(), Map.of("code", acmeCode));
		assertThat(result.status()).isEqualTo(429);
		Map<String, Object> data = result.read("$.data");
		List<String> answered = new ArrayList<>();
		data.forEach((alias, value) -> {
			if (value != null) {
				answered.add(alias);
			}
		});
		assertThat(answered).hasSize(30);
		assertThat(result.read("$.errors[*].extensions.code", List.class)).containsExactly("RATE_LIMITED");
	}

	@Test
	void theLimitsAreSharedWithEveryInstance() {
		String address = address();
		RateLimiter anotherInstance = RateLimiters.anotherInstance(connections);
		RateDecision taken = anotherInstance.consume(PublicTracking.LOOKUPS, address, 30);
		assertThat(taken.allowed()).isTrue();
		assertRateLimited(track(address, acmeCode));
		assertThat(redis.hasKey("homeward:rate:public-track:" + address)).isTrue();
	}

	@Test
	void withoutRedisNoCodeIsLookedUp() {
		LocalServices.shared().stopRedis();
		try {
			SqlStatements.reset();
			Api.Result result = track(address(), acmeCode);
			assertThat(result.status()).isEqualTo(503);
			assertThat(result.read("$.errors[0].extensions.code", String.class)).isEqualTo("RATE_LIMIT_UNAVAILABLE");
			assertThat(result.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(result.body()).doesNotContain("stage");
			assertThat(SqlStatements.statements()).isEmpty();
		}
		finally {
			LocalServices.shared().startRedis();
		}
		// Served again once the client has reconnected to Redis.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(track(address(), acmeCode).status()).isEqualTo(200));
	}

	@Test
	void aCodeCostsAFixedNumberOfStatementsAndAMissOne() {
		track(address(), acmeCode).data();
		SqlStatements.reset();
		track(address(), acmeCode).data();
		List<String> hit = SqlStatements.statements();
		SqlStatements.reset();
		track(address(), unknownCode()).data();
		List<String> miss = SqlStatements.statements();
		assertThat(miss).hasSize(1).allSatisfy((sql) -> assertThat(sql).contains("tracking_return_by_code"));
		assertThat(hit).as(String.join("\n", hit)).hasSize(1 + TIMELINE_STATEMENTS);
	}

	@Test
	void onlyTheLookupFunctionFindsAReturnByItsCodeAndOnlyThatReturn() throws SQLException {
		String where = "return_order where tracking_code = '" + acmeCode + "'";
		// The application role with nobody bound, and with another shipper bound, sees no
		// return: row-level security admits none.
		try (Connection c = RlsProbe.applicationRole()) {
			c.setAutoCommit(false);
			assertThat(RlsProbe.count(c, where)).isZero();
		}
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThat(RlsProbe.count(c, where)).isZero();
		}
		// The negative control: without the policies the same statement finds it.
		long withoutPolicies = RlsProbe.withRowLevelSecurityOff(List.of("return_order"), Fixtures.GLOBEX, "SHIPPER",
				(c) -> RlsProbe.count(c, where));
		assertThat(withoutPolicies).isEqualTo(1);
		// The function answers the one return's shipper and id, to a caller bound to no
		// one.
		try (Connection c = RlsProbe.applicationRole();
				PreparedStatement statement = c.prepareStatement("select * from tracking_return_by_code(?)")) {
			statement.setString(1, acmeCode);
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getObject("shipper_id")).isEqualTo(Fixtures.ACME);
				assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
				assertThat(rs.next()).isFalse();
			}
		}
		// The owner's policy admits rows only inside the function: the owner bound to no
		// one, outside it, sees none either.
		try (Connection c = RlsProbe.ownerRole()) {
			c.setAutoCommit(false);
			assertThat(RlsProbe.count(c, where)).isZero();
			assertThat(RlsProbe.count(c, "return_order")).isZero();
			// Nor with the function's flag raised to a value of its own choosing: the
			// policy wants the key only the owner's table holds.
			raiseFlag(c);
			assertThat(RlsProbe.count(c, where)).isZero();
		}
		try (Connection c = RlsProbe.applicationRole()) {
			c.setAutoCommit(false);
			raiseFlag(c);
			assertThat(RlsProbe.count(c, where)).isZero();
		}
	}

}
