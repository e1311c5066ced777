package io.homeward.platform.tracking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.DocumentContext;
import io.homeward.platform.Api;
import io.homeward.platform.Fixtures;
import io.homeward.platform.IntegrationTest;
import io.homeward.platform.ScratchLoads;
import io.homeward.platform.ScratchLoads.ScratchLoad;
import io.homeward.platform.SqlStatements;
import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.network.Hub;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.tenancy.RlsProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recording tracking events over HTTP with real tokens: replays, concurrent writers, late
 * events, the containment read of a shipper, the per-event refusals with the rest of the
 * batch recorded, the cross-tenant matrix (a foreign id answers like a missing one, with
 * the negative control of row-level security off) and the statements per batch.
 */
@IntegrationTest
class TrackingEventsIntegrationTests {

	static final UUID OTHER_CARRIER = UUID.fromString("44444444-4444-4444-8444-4444444444aa");

	static final UUID OTHER_OPERATOR = UUID.fromString("11111111-1111-4111-8111-1111111111aa");

	static final UUID OTHER_HUB = UUID.fromString("a0000000-0000-4000-8000-0000000000aa");

	static final String GRU_HUB = GlobalId.encode(Hub.TYPE, ScratchLoads.GRU_HUB);

	static final String RECORD = """
			mutation($input: TrackingEventsRecordInput!) {
			  trackingEventsRecord(input: $input) {
			    results {
			      index clientEventId status
			      event { id clientEventId subjectId bizStep disposition eventTime eventTimeZoneOffset recordTime
			              readPointHubId latitude longitude temperatureC relativeHumidity shockG exception exceptionReason
			              recordedByOrganizationId }
			      userErrors { field code }
			    }
			    userErrors { field code }
			  }
			}""";

	static final String EVENTS = """
			query($subject: ID!, $first: Int, $after: String) {
			  trackingEvents(subjectId: $subject, first: $first, after: $after) {
			    edges { cursor node { clientEventId subjectId inheritedThrough eventTime } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@LocalServerPort
	int port;

	DocumentContext events(String user, String subject, int first, String after) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("subject", subject);
		variables.put("first", first);
		variables.put("after", after);
		return Api.as(port, user).execute(EVENTS, variables).data();
	}

	List<String> timeline(String user, String subject) {
		return events(user, subject, 100, null).read("$.data.trackingEvents.edges[*].node.clientEventId");
	}

	@BeforeEach
	void anotherCarrierAndAnotherOperatorExist() throws SQLException {
		try (Connection c = RlsProbe.owner(OTHER_CARRIER, "CARRIER")) {
			RlsProbe.update(c, "insert into organization (id, name, kind) values ('" + OTHER_CARRIER
					+ "', 'Slow Freight', 'CARRIER') on conflict do nothing");
			c.commit();
		}
		try (Connection c = RlsProbe.owner(OTHER_OPERATOR, "OPERATOR")) {
			RlsProbe.update(c, "insert into organization (id, name, kind) values ('" + OTHER_OPERATOR
					+ "', 'Rival Returns', 'OPERATOR') on conflict do nothing");
			RlsProbe.update(c, """
					insert into hub (operator_id, id, code, name, kind, country_code, city, address, time_zone)
					values ('%s', '%s', 'RVL', 'Rival Hub', 'COLLECTION', 'BR', 'Santos', 'Rua 1', 'America/Sao_Paulo')
					on conflict do nothing""".formatted(OTHER_OPERATOR, OTHER_HUB));
			c.commit();
		}
	}

	static String load(ScratchLoad load) {
		return GlobalId.encode(Load.TYPE, load.loadId());
	}

	static String unit(ScratchLoad load) {
		return GlobalId.encode(HandlingUnit.TYPE, load.unitId());
	}

	static String parcel(UUID parcel) {
		return GlobalId.encode("Parcel", parcel);
	}

	static String id() {
		return "evt-" + UUID.randomUUID();
	}

	static OffsetDateTime minutesAgo(long minutes) {
		return OffsetDateTime.now(ZoneOffset.UTC)
			.minusMinutes(minutes)
			.truncatedTo(ChronoUnit.SECONDS)
			.withOffsetSameInstant(ZoneOffset.ofHours(-3));
	}

	/**
	 * A moment just ahead of now, within the clock skew allowed: after the scratch load's
	 * packing.
	 */
	static OffsetDateTime secondsAhead(long seconds) {
		return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds).withOffsetSameInstant(ZoneOffset.ofHours(2));
	}

	static Map<String, Object> event(String clientEventId, String subjectId, OffsetDateTime at) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("clientEventId", clientEventId);
		event.put("subjectId", subjectId);
		event.put("bizStep", "DEPARTING");
		event.put("disposition", "IN_TRANSIT");
		event.put("eventTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
		return event;
	}

	static Map<String, Object> with(Map<String, Object> event, Object... fields) {
		Map<String, Object> copy = new LinkedHashMap<>(event);
		for (int i = 0; i < fields.length; i += 2) {
			copy.put((String) fields[i], fields[i + 1]);
		}
		return copy;
	}

	DocumentContext record(String user, List<Map<String, Object>> events) {
		return Api.as(port, user).execute(RECORD, Map.of("input", Map.of("events", events))).data();
	}

	static List<String> statuses(DocumentContext answer) {
		return answer.read("$.data.trackingEventsRecord.results[*].status");
	}

	/** A load of the demo operator on the scratch lane assigned to another carrier. */
	static UUID otherCarriersLoad() throws SQLException {
		UUID id = UUID.randomUUID();
		try (Connection c = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(c,
					"""
							insert into load (operator_id, id, reference, program_id, lane_id, carrier_id, origin_hub_id,
							                  destination_hub_id, status, cutoff_at, departure_at, capacity_kg, capacity_m3,
							                  created_by, created_at, updated_at, version)
							values ('%s', '%s', '%s', '%s', '%s', '%s', '%s', '%s', 'CLOSED', '%s', '%s', 20000, 60,
							        'scratch', now(), now(), 1)"""
						.formatted(Fixtures.OPERATOR, id, "OTHER-" + id.toString().substring(0, 8),
								Fixtures.GLOBAL_RECOVERY, ScratchLoads.GRU_RTM_SEA, OTHER_CARRIER, ScratchLoads.GRU_HUB,
								ScratchLoads.RTM_HUB, ScratchLoads.DEPARTURE.minusHours(6), ScratchLoads.DEPARTURE));
			c.commit();
		}
		return id;
	}

	static long visible(UUID org, String kind, String where) throws SQLException {
		try (Connection c = RlsProbe.app(org, kind)) {
			return RlsProbe.count(c, "tracking_event where " + where);
		}
	}

	@Test
	void aBatchReplayedManyTimesGivesOneSetOfEvents() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String prefix = "replay-" + UUID.randomUUID() + "-";
		List<Map<String, Object>> batch = List.of(event(prefix + 1, load(scratch), minutesAgo(3)),
				event(prefix + 2, unit(scratch), minutesAgo(2)),
				with(event(prefix + 3, parcel(scratch.acmeParcel()), minutesAgo(1)), "temperatureC", 21.5, "exception",
						"DAMAGED", "exceptionReason", "Corner crushed"));
		DocumentContext first = record("carrier", batch);
		assertThat(statuses(first)).containsExactly("RECORDED", "RECORDED", "RECORDED");
		List<String> ids = first.read("$.data.trackingEventsRecord.results[*].event.id");
		List<String> recordTimes = first.read("$.data.trackingEventsRecord.results[*].event.recordTime");
		assertThat(first.read("$.data.trackingEventsRecord.results[2].event.eventTimeZoneOffset", String.class))
			.isEqualTo("-03:00");
		assertThat(first.read("$.data.trackingEventsRecord.results[2].event.exceptionReason", String.class))
			.isEqualTo("Corner crushed");
		for (int i = 0; i < 5; i++) {
			DocumentContext again = record("carrier", batch);
			assertThat(statuses(again)).containsExactly("REPLAYED", "REPLAYED", "REPLAYED");
			assertThat(again.read("$.data.trackingEventsRecord.results[*].event.id", List.class)).isEqualTo(ids);
			assertThat(again.read("$.data.trackingEventsRecord.results[*].event.recordTime", List.class))
				.isEqualTo(recordTimes);
		}
		assertThat(visible(Fixtures.CARRIER, "CARRIER", "client_event_id like '" + prefix + "%'")).isEqualTo(3);
		// The same id with other content is not a replay: refused, and nothing changes.
		DocumentContext reused = record("carrier",
				List.of(with(batch.get(0), "disposition", "DAMAGED"), event(prefix + 4, load(scratch), minutesAgo(1))));
		assertThat(statuses(reused)).containsExactly("REFUSED", "RECORDED");
		assertThat(reused.read("$.data.trackingEventsRecord.results[0].userErrors[0].code", String.class))
			.isEqualTo("CLIENT_EVENT_ID_REUSED");
		assertThat(visible(Fixtures.CARRIER, "CARRIER",
				"client_event_id like '" + prefix + "%' and disposition = 'DAMAGED'"))
			.isZero();
		// The same id twice in one batch: recorded once, the second a replay.
		String twice = id();
		DocumentContext duplicated = record("carrier",
				List.of(event(twice, load(scratch), minutesAgo(1)), event(twice, load(scratch), minutesAgo(1))));
		assertThat(statuses(duplicated)).containsExactly("RECORDED", "REPLAYED");
		assertThat(visible(Fixtures.CARRIER, "CARRIER", "client_event_id = '" + twice + "'")).isEqualTo(1);
	}

	@Test
	void concurrentWritersLoseNoneAndDuplicateNone() throws Exception {
		ScratchLoad scratch = ScratchLoads.closed();
		String prefix = "race-" + UUID.randomUUID() + "-";
		int writers = 4;
		// Writer w sends ids w*30 .. w*30+59: each overlaps its neighbours by half.
		List<List<Map<String, Object>>> batches = new ArrayList<>();
		Set<String> all = new HashSet<>();
		for (int w = 0; w < writers; w++) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int k = w * 30; k < w * 30 + 60; k++) {
				batch.add(event(prefix + k, load(scratch), minutesAgo(200 - k)));
				all.add(prefix + k);
			}
			batches.add(batch);
		}
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<DocumentContext>> answers = new ArrayList<>();
		try {
			for (List<Map<String, Object>> batch : batches) {
				answers.add(pool.submit(() -> record("carrier", batch)));
			}
			Map<String, Integer> recorded = new HashMap<>();
			Map<String, String> eventIds = new HashMap<>();
			for (Future<DocumentContext> answer : answers) {
				DocumentContext result = answer.get();
				List<Map<String, Object>> results = result.read("$.data.trackingEventsRecord.results");
				assertThat(results).hasSize(60);
				for (Map<String, Object> r : results) {
					assertThat(r.get("status")).isIn("RECORDED", "REPLAYED");
					String client = (String) r.get("clientEventId");
					if ("RECORDED".equals(r.get("status"))) {
						recorded.merge(client, 1, Integer::sum);
					}
					String eventId = (String) ((Map<?, ?>) r.get("event")).get("id");
					assertThat(eventIds.putIfAbsent(client, eventId)).isIn(null, eventId);
				}
			}
			assertThat(recorded.keySet()).isEqualTo(all);
			assertThat(recorded.values()).allMatch((count) -> count == 1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(visible(Fixtures.CARRIER, "CARRIER", "client_event_id like '" + prefix + "%'"))
			.isEqualTo(all.size());
	}

	@Test
	void aLateEventTakesItsPlaceByEventTime() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String later = id();
		String earlier = id();
		assertThat(statuses(record("carrier", List.of(event(later, load(scratch), minutesAgo(10))))))
			.containsExactly("RECORDED");
		// Arrives after, happened before.
		assertThat(statuses(
				record("carrier", List.of(with(event(earlier, load(scratch), minutesAgo(60)), "bizStep", "LOADING")))))
			.containsExactly("RECORDED");
		try (Connection c = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			assertThat(RlsProbe.rows(c, "select client_event_id from tracking_event where load_id = '"
					+ scratch.loadId() + "' order by event_time, record_time, seq"))
				.containsExactly(earlier, later);
		}
		assertThat(timeline("carrier", load(scratch))).containsExactly(earlier, later);
		assertThat(timeline("operator", load(scratch))).containsExactly(earlier, later);
	}

	@Test
	void anEventOnTheLoadShowsOnEachParcelInsideItThenAndNotOnOnePackedAfter() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String before = id();
		String inside = id();
		String onUnit = id();
		String afterGlobexLeft = id();
		String acmeParcel = id();
		// The scratch parcels were packed at its creation: an hour ago they were not
		// inside.
		assertThat(
				statuses(
						record("operator",
								List.of(with(event(before, load(scratch), minutesAgo(60)), "readPointHubId", GRU_HUB),
										with(event(inside, load(scratch), secondsAhead(2)), "readPointHubId", GRU_HUB),
										with(event(onUnit, unit(scratch), secondsAhead(2)), "readPointHubId", GRU_HUB),
										with(event(acmeParcel, parcel(scratch.acmeParcel()), secondsAhead(2)),
												"readPointHubId", GRU_HUB)))))
			.containsExactly("RECORDED", "RECORDED", "RECORDED", "RECORDED");
		// Globex's parcel leaves the pallet; an event on the load after that is not its.
		try (Connection c = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(c,
					"""
							insert into aggregation_event (operator_id, id, occurred_at, action, parent_unit_id, child_parcel_id,
							                               shipper_id, recorded_by)
							values ('%s', '%s', now() + interval '5 seconds', 'DELETE', '%s', '%s', '%s', 'test')"""
						.formatted(Fixtures.OPERATOR, UUID.randomUUID(), scratch.unitId(), scratch.globexParcel(),
								Fixtures.GLOBEX));
			c.commit();
		}
		assertThat(statuses(record("carrier", List.of(event(afterGlobexLeft, load(scratch), secondsAhead(10))))))
			.containsExactly("RECORDED");
		String all = "client_event_id in ('" + String.join("', '", before, inside, onUnit, afterGlobexLeft, acmeParcel)
				+ "')";
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			assertThat(RlsProbe.rows(c, "select client_event_id from tracking_event where " + all))
				.containsExactlyInAnyOrder(inside, onUnit, afterGlobexLeft, acmeParcel);
		}
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThat(RlsProbe.rows(c, "select client_event_id from tracking_event where " + all))
				.containsExactlyInAnyOrder(inside, onUnit);
		}
		try (Connection c = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			assertThat(RlsProbe.count(c, "tracking_event where " + all)).isEqualTo(5);
		}
		// The same through trackingEvents: each parcel's timeline with what it inherited
		// and through what.
		assertThat(timeline("acme", parcel(scratch.acmeParcel()))).containsExactly(inside, onUnit, acmeParcel,
				afterGlobexLeft);
		assertThat(timeline("operator", parcel(scratch.acmeParcel()))).containsExactly(inside, onUnit, acmeParcel,
				afterGlobexLeft);
		List<Object> through = events("acme", parcel(scratch.acmeParcel()), 100, null)
			.read("$.data.trackingEvents.edges[*].node.inheritedThrough");
		assertThat(through).containsExactly(unit(scratch), unit(scratch), null, unit(scratch));
		assertThat(timeline("globex", parcel(scratch.globexParcel()))).containsExactly(inside, onUnit);
		assertThat(timeline("carrier", load(scratch))).containsExactly(before, inside, afterGlobexLeft);
		// The unit inherits the load's events from when it was loaded, not the parcel's
		// own.
		assertThat(timeline("operator", unit(scratch))).containsExactly(inside, onUnit, afterGlobexLeft);
		// A foreign parcel answers like a missing one.
		String missing = events("globex", parcel(UUID.randomUUID()), 100, null).jsonString();
		assertThat(events("globex", parcel(scratch.acmeParcel()), 100, null).jsonString()).isEqualTo(missing)
			.contains("\"edges\":[]");
		assertThat(events("acme", parcel(scratch.globexParcel()), 100, null).jsonString()).isEqualTo(missing);
		// The negative control: without row-level security Globex would read Acme's
		// parcel's event and the one recorded after its parcel left.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("tracking_event"), Fixtures.GLOBEX, "SHIPPER",
				"tracking_event where " + all))
			.isEqualTo(5);
		// A shipper never reads which units a load held: the column is not granted.
		try (Connection c = RlsProbe.app(Fixtures.ACME, "SHIPPER")) {
			assertThatThrownBy(() -> RlsProbe.rows(c, "select contained_units from tracking_event where " + all))
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void eachEventIsRefusedOnItsOwnAndTheRestOfTheBatchIsRecorded() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String foreignLoad = GlobalId.encode(Load.TYPE, otherCarriersLoad());
		String ok = id();
		List<Map<String, Object>> batch = List.of(event(ok, load(scratch), minutesAgo(1)),
				event(id(), foreignLoad, minutesAgo(1)),
				event(id(), load(scratch), OffsetDateTime.now(ZoneOffset.UTC).plusHours(1)),
				with(event(id(), parcel(scratch.globexParcel()), minutesAgo(1)), "temperatureC", 500.0,
						"relativeHumidity", -1.0, "shockG", 2000.0),
				with(event(id(), unit(scratch), minutesAgo(1)), "exception", "DELAYED"),
				with(event(id(), load(scratch), minutesAgo(1)), "latitude", 10.0),
				with(event(id(), load(scratch), minutesAgo(1)), "readPointHubId", GlobalId.encode(Hub.TYPE, OTHER_HUB)),
				with(event(id(), load(scratch), minutesAgo(1)), "clientEventId", " "),
				event(id(), GlobalId.encode("ReturnOrder", scratch.acmeReturn()), minutesAgo(1)));
		DocumentContext answer = record("carrier", batch);
		assertThat(statuses(answer)).containsExactly("RECORDED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED",
				"REFUSED", "REFUSED", "REFUSED");
		assertThat(errors(answer, 1)).containsExactly("input.events.1.subjectId:NOT_FOUND");
		assertThat(errors(answer, 2)).containsExactly("input.events.2.eventTime:EVENT_TIME_IN_FUTURE");
		assertThat(errors(answer, 3)).containsExactly("input.events.3.temperatureC:OUT_OF_RANGE",
				"input.events.3.relativeHumidity:OUT_OF_RANGE", "input.events.3.shockG:OUT_OF_RANGE");
		assertThat(errors(answer, 4)).containsExactly("input.events.4.exceptionReason:REQUIRED");
		assertThat(errors(answer, 5)).containsExactly("input.events.5.longitude:REQUIRED");
		assertThat(errors(answer, 6)).containsExactly("input.events.6.readPointHubId:READ_POINT_MISMATCH");
		assertThat(errors(answer, 7)).containsExactly("input.events.7.clientEventId:REQUIRED");
		assertThat(errors(answer, 8)).containsExactly("input.events.8.subjectId:NOT_FOUND");
		assertThat(visible(Fixtures.OPERATOR, "OPERATOR", "load_id = '" + scratch.loadId() + "'")).isEqualTo(1);

		// The operator: at a hub of its own only (another operator's hub is not found),
		// and it names one.
		DocumentContext operator = record("operator",
				List.of(with(event(id(), load(scratch), minutesAgo(1)), "readPointHubId",
						GlobalId.encode(Hub.TYPE, OTHER_HUB)), event(id(), load(scratch), minutesAgo(1)),
						with(event(id(), load(scratch), minutesAgo(1)), "readPointHubId", GRU_HUB)));
		assertThat(statuses(operator)).containsExactly("REFUSED", "REFUSED", "RECORDED");
		assertThat(errors(operator, 0)).containsExactly("input.events.0.readPointHubId:NOT_FOUND");
		assertThat(errors(operator, 1)).containsExactly("input.events.1.readPointHubId:READ_POINT_REQUIRED");

		// A shipper records nothing, not even on its own parcel.
		for (String shipper : List.of("acme", "globex")) {
			DocumentContext refused = record(shipper,
					List.of(event(id(), parcel(scratch.acmeParcel()), minutesAgo(1))));
			assertThat(statuses(refused)).containsExactly("REFUSED");
			assertThat(errors(refused, 0)).containsExactly("input.events.0:NOT_PERMITTED");
		}
		assertThat(visible(Fixtures.OPERATOR, "OPERATOR", "load_id = '" + scratch.loadId() + "'")).isEqualTo(2);
		assertThat(visible(Fixtures.OPERATOR, "OPERATOR", "parcel_id = '" + scratch.acmeParcel() + "'")).isZero();

		// More than 500 is one error for the batch, and records nothing.
		List<Map<String, Object>> tooMany = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			tooMany.add(event(id(), load(scratch), minutesAgo(1)));
		}
		DocumentContext whole = record("carrier", tooMany);
		assertThat(whole.read("$.data.trackingEventsRecord.results", List.class)).isEmpty();
		assertThat(whole.read("$.data.trackingEventsRecord.userErrors[*].code", List.class))
			.containsExactly("OUT_OF_RANGE");
		assertThat(visible(Fixtures.OPERATOR, "OPERATOR", "load_id = '" + scratch.loadId() + "'")).isEqualTo(2);
	}

	static List<String> errors(DocumentContext answer, int index) {
		List<Map<String, Object>> errors = answer.read("$.data.trackingEventsRecord.results[" + index + "].userErrors");
		return errors.stream()
			.map((e) -> String.join(".", (List<String>) e.get("field")) + ":" + e.get("code"))
			.toList();
	}

	@Test
	void crossTenantMatrixOfTheMutationForeignAnswersLikeMissing() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		UUID foreign = otherCarriersLoad();
		String missing = GlobalId.encode(Load.TYPE, UUID.randomUUID());
		// The carrier: another carrier's load answers exactly like a load that does not
		// exist.
		DocumentContext answer = record("carrier",
				List.of(event(id(), GlobalId.encode(Load.TYPE, foreign), minutesAgo(1)),
						event(id(), missing, minutesAgo(1)), event(id(), load(scratch), secondsAhead(2))));
		assertThat(statuses(answer)).containsExactly("REFUSED", "REFUSED", "RECORDED");
		assertThat(errors(answer, 0)).containsExactly("input.events.0.subjectId:NOT_FOUND");
		assertThat(errors(answer, 1)).containsExactly("input.events.1.subjectId:NOT_FOUND");
		// Nothing was recorded on it: the operator, who reads every event of its loads,
		// sees none.
		assertThat(visible(Fixtures.OPERATOR, "OPERATOR", "load_id = '" + foreign + "'")).isZero();
		// The negative control: without row-level security the carrier would read the
		// load.
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("load"), Fixtures.CARRIER, "CARRIER",
				"load where id = '" + foreign + "'"))
			.isEqualTo(1);
		try (Connection c = RlsProbe.app(Fixtures.CARRIER, "CARRIER")) {
			assertThat(RlsProbe.count(c, "load where id = '" + foreign + "'")).isZero();
		}

		// Who reads which event: a parcel event of Acme is Acme's, the carrier's, the
		// operator's, not Globex's.
		String acmeEvent = id();
		assertThat(statuses(record("carrier", List.of(event(acmeEvent, parcel(scratch.acmeParcel()), minutesAgo(1))))))
			.containsExactly("RECORDED");
		String where = "client_event_id = '" + acmeEvent + "'";
		assertThat(visible(Fixtures.ACME, "SHIPPER", where)).isEqualTo(1);
		assertThat(visible(Fixtures.CARRIER, "CARRIER", where)).isEqualTo(1);
		assertThat(visible(Fixtures.OPERATOR, "OPERATOR", where)).isEqualTo(1);
		assertThat(visible(Fixtures.GLOBEX, "SHIPPER", where)).isZero();
		assertThat(visible(OTHER_CARRIER, "CARRIER", where)).isZero();
		assertThat(visible(OTHER_OPERATOR, "OPERATOR", where)).isZero();
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("tracking_event"), Fixtures.GLOBEX, "SHIPPER",
				"tracking_event where " + where))
			.isEqualTo(1);
		// The load's events: its carrier and operator and both shippers inside; not
		// another carrier.
		String loadWhere = "load_id = '" + scratch.loadId() + "'";
		assertThat(visible(Fixtures.GLOBEX, "SHIPPER", loadWhere)).isEqualTo(1);
		assertThat(visible(Fixtures.ACME, "SHIPPER", loadWhere)).isEqualTo(1);
		assertThat(visible(OTHER_CARRIER, "CARRIER", loadWhere)).isZero();
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("tracking_event"), OTHER_CARRIER, "CARRIER",
				"tracking_event where " + loadWhere))
			.isEqualTo(1);
	}

	@Test
	void aBatchOfFiveHundredTakesTheStatementsOfABatchOfOne() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		record("carrier", List.of(event(id(), load(scratch), minutesAgo(1))));
		SqlStatements.reset();
		assertThat(statuses(record("carrier", List.of(event(id(), load(scratch), minutesAgo(1))))))
			.containsExactly("RECORDED");
		int one = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		List<Map<String, Object>> batch = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			batch.add(with(event(id(), load(scratch), minutesAgo(i % 60)), "temperatureC", 4.0 + (i % 10)));
		}
		SqlStatements.reset();
		DocumentContext answer = record("carrier", batch);
		int many = SqlStatements.count();
		assertThat(statuses(answer)).hasSize(500).containsOnly("RECORDED");
		System.out.printf("trackingEventsRecord: 1 event %d statements, 500 events %d:%n  %s%n", one, many,
				String.join("\n  ", log));
		assertThat(many).as("%s", log).isEqualTo(one);
		assertThat(one).as("%s", log).isLessThanOrEqualTo(8);
		assertThat(visible(Fixtures.CARRIER, "CARRIER", "load_id = '" + scratch.loadId() + "'")).isEqualTo(502);
	}

	@Test
	void theTimelinePagesInEventTimeOrderWithTheSameStatementsForAnyPageSize() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		List<Map<String, Object>> batch = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String id = "page-" + i + "-" + UUID.randomUUID();
			ids.add(id);
			// Sent in reverse: the timeline is in event-time order, not arrival order.
			batch.addFirst(event(id, load(scratch), secondsAhead(5 + i)));
		}
		assertThat(statuses(record("carrier", batch))).hasSize(25).containsOnly("RECORDED");
		String subject = parcel(scratch.acmeParcel());
		DocumentContext first = events("acme", subject, 10, null);
		assertThat(first.read("$.data.trackingEvents.edges[*].node.clientEventId", List.class))
			.isEqualTo(ids.subList(0, 10));
		assertThat(first.read("$.data.trackingEvents.pageInfo.hasNextPage", Boolean.class)).isTrue();
		DocumentContext second = events("acme", subject, 10,
				first.read("$.data.trackingEvents.pageInfo.endCursor", String.class));
		assertThat(second.read("$.data.trackingEvents.edges[*].node.clientEventId", List.class))
			.isEqualTo(ids.subList(10, 20));

		events("acme", subject, 5, null);
		SqlStatements.reset();
		assertThat(events("acme", subject, 5, null).read("$.data.trackingEvents.edges", List.class)).hasSize(5);
		int five = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		SqlStatements.reset();
		assertThat(events("acme", subject, 20, null).read("$.data.trackingEvents.edges", List.class)).hasSize(20);
		assertThat(SqlStatements.count()).as("%s", log).isEqualTo(five);
		assertThat(five).as("%s", log).isLessThanOrEqualTo(3);
	}

}
