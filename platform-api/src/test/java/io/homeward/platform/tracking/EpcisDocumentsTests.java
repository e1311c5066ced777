package io.homeward.platform.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.homeward.platform.tracking.EpcisDocuments.Aggregation;
import io.homeward.platform.tracking.EpcisDocuments.Observed;
import io.homeward.platform.tracking.EpcisDocuments.Through;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EPCIS mapping without a database: every kind of stored field written into a
 * document that the standard's JSON schema accepts, and documents broken on purpose that
 * it refuses, so the validation is shown to bite (a missing event time, a bizStep as a
 * CBV URN or outside the CBV, a sensor type outside the CBV, a time that is no date-time,
 * an extension under an undeclared prefix). The schema does not check a report's
 * {@code uom} (any string): the Rec. 20 codes are asserted on the mapping instead.
 */
class EpcisDocumentsTests {

	static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(-3));

	static final UUID PARCEL = UUID.randomUUID();

	static final UUID UNIT = UUID.randomUUID();

	static final UUID LOAD = UUID.randomUUID();

	static final UUID HUB = UUID.randomUUID();

	static final UUID CARRIER = UUID.randomUUID();

	static TrackingEvent event(SubjectKind kind, UUID subject, BizStep step, Disposition disposition, OffsetDateTime at,
			@Nullable UUID hub, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
			@Nullable BigDecimal temperature, @Nullable BigDecimal humidity, @Nullable BigDecimal shock,
			@Nullable TrackingExceptionKind exception, @Nullable String reason) {
		return new TrackingEvent(UUID.randomUUID(), "evt-" + UUID.randomUUID(), kind, subject, step, disposition, at,
				at.plusSeconds(4).withOffsetSameInstant(ZoneOffset.UTC), hub, latitude, longitude, temperature,
				humidity, shock, exception, reason, CARRIER, "user-1", 1, null, null);
	}

	static Map<String, Object> fullDocument() {
		TrackingEvent accepted = event(SubjectKind.PARCEL, PARCEL, BizStep.ACCEPTING, Disposition.IN_PROGRESS, AT, HUB,
				null, null, null, null, null, null, null);
		TrackingEvent departed = event(SubjectKind.LOAD, LOAD, BizStep.DEPARTING, Disposition.IN_TRANSIT,
				AT.plusHours(5), HUB, null, null, new BigDecimal("4.50"), new BigDecimal("81.00"),
				new BigDecimal("2.30"), TrackingExceptionKind.DELAYED, "Port congestion");
		TrackingEvent atSea = event(SubjectKind.UNIT, UNIT, BizStep.ARRIVING, Disposition.DAMAGED,
				AT.plusDays(1).withOffsetSameInstant(ZoneOffset.UTC), null, new BigDecimal("51.905000"),
				new BigDecimal("4.480000"), null, null, new BigDecimal("11.00"), TrackingExceptionKind.DAMAGED,
				"Pallet wrap torn");
		// An offset no time zone has, which ingest admits and the schema's pattern not.
		TrackingEvent farOffset = event(SubjectKind.PARCEL, PARCEL, BizStep.RECEIVING, Disposition.RETURNED,
				AT.plusDays(2).withOffsetSameInstant(ZoneOffset.ofHours(15)), HUB, null, null, null, null, null, null,
				null);
		List<Observed> events = List.of(new Observed(accepted, List.of()),
				new Observed(departed, List.of(new Through(SubjectKind.UNIT, UNIT))),
				new Observed(atSea, List.of(new Through(SubjectKind.UNIT, UNIT))), new Observed(farOffset, List.of()));
		List<Aggregation> aggregations = List.of(
				new Aggregation(UUID.randomUUID(), AT.plusHours(1), 1, true, SubjectKind.UNIT, UNIT, SubjectKind.PARCEL,
						PARCEL),
				new Aggregation(UUID.randomUUID(), AT.plusHours(2), 2, true, SubjectKind.LOAD, LOAD, SubjectKind.UNIT,
						UNIT),
				new Aggregation(UUID.randomUUID(), AT.plusDays(2), 3, false, SubjectKind.UNIT, UNIT, SubjectKind.PARCEL,
						PARCEL));
		return EpcisDocuments.document(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), events, aggregations,
				Map.of(UNIT, "106141415000000017"));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> eventList(Map<String, Object> document) {
		return (List<Map<String, Object>>) ((Map<String, Object>) document.get("epcisBody")).get("eventList");
	}

	@Test
	void everyStoredFieldIsWrittenAsTheSchemaAccepts() {
		Map<String, Object> document = fullDocument();
		assertThat(EpcisSchema.errors(document)).isEmpty();
		List<Map<String, Object>> events = eventList(document);
		assertThat(events).extracting((e) -> e.get("type"))
			.containsExactly("ObjectEvent", "AggregationEvent", "AggregationEvent", "ObjectEvent", "ObjectEvent",
					"AggregationEvent", "ObjectEvent");
		Map<String, Object> accepted = events.get(0);
		assertThat(accepted).containsEntry("bizStep", "accepting")
			.containsEntry("disposition", "in_progress")
			.containsEntry("eventTimeZoneOffset", "-03:00")
			.containsEntry("eventTime", "2026-11-20T09:30:00-03:00")
			.containsEntry("epcList", List.of("urn:homeward:parcel:" + PARCEL))
			.containsEntry("readPoint", Map.of("id", "urn:homeward:hub:" + HUB))
			.containsEntry("bizLocation", Map.of("id", "urn:homeward:hub:" + HUB));
		Map<String, Object> packed = events.get(1);
		assertThat(packed).containsEntry("parentID", "https://id.gs1.org/00/106141415000000017")
			.containsEntry("childEPCs", List.of("urn:homeward:parcel:" + PARCEL))
			.containsEntry("action", "ADD")
			.containsEntry("bizStep", "packing");
		assertThat(events.get(2)).containsEntry("bizStep", "loading")
			.containsEntry("parentID", "urn:homeward:load:" + LOAD);
		Map<String, Object> departed = events.get(3);
		// A hub the load leaves is its read point, not its business location.
		assertThat(departed).containsKey("readPoint").doesNotContainKey("bizLocation");
		assertThat(departed.get("sensorElementList"))
			.isEqualTo(List.of(Map.of("sensorReport", List.of(report("Temperature", 4.5, "CEL"),
					report("RelativeHumidity", 81.0, "P1"), report("Acceleration", 2.3, "K40")))));
		assertThat(departed).containsEntry("homeward:exceptionKind", "DELAYED")
			.containsEntry("homeward:exceptionReason", "Port congestion")
			.containsEntry("homeward:recordedBy", "urn:homeward:organization:" + CARRIER)
			.containsEntry("homeward:inheritedThrough", List.of("https://id.gs1.org/00/106141415000000017"));
		assertThat(events.get(4)).containsEntry("readPoint", Map.of("id", "geo:51.905000,4.480000"))
			.containsEntry("eventTimeZoneOffset", "+00:00");
		assertThat(events.get(6)).containsEntry("eventTimeZoneOffset", "+00:00")
			.containsEntry("homeward:recordedTimeZoneOffset", "+15:00");
		assertThat(document.get("@context"))
			.isEqualTo(List.of(EpcisDocuments.EPCIS_CONTEXT, Map.of("homeward", "urn:homeward:epcis:")));
	}

	static Map<String, Object> report(String type, double value, String uom) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("type", type);
		report.put("value", value);
		report.put("uom", uom);
		return report;
	}

	static List<String> errorsAfter(Consumer<Map<String, Object>> breakFirstObjectEvent) {
		Map<String, Object> document = fullDocument();
		Map<String, Object> broken = new LinkedHashMap<>(eventList(document).get(0));
		breakFirstObjectEvent.accept(broken);
		List<Map<String, Object>> events = new java.util.ArrayList<>(eventList(document));
		events.set(0, broken);
		document.put("epcisBody", Map.of("eventList", events));
		return EpcisSchema.errors(document);
	}

	@Test
	void theSchemaRefusesDocumentsBrokenOnPurpose() {
		assertThat(errorsAfter((e) -> e.remove("eventTime"))).isNotEmpty()
			.anyMatch((error) -> error.contains("eventTime"));
		assertThat(errorsAfter((e) -> e.put("bizStep", "urn:epcglobal:cbv:bizstep:accepting"))).isNotEmpty();
		assertThat(errorsAfter((e) -> e.put("bizStep", "teleporting"))).isNotEmpty();
		assertThat(errorsAfter((e) -> e.put("eventTime", "yesterday"))).isNotEmpty();
		assertThat(errorsAfter((e) -> e.put("eventTimeZoneOffset", "+15:00"))).isNotEmpty();
		assertThat(errorsAfter((e) -> e.put("action", "LOOK"))).isNotEmpty();
		assertThat(errorsAfter((e) -> e.put("exceptionKind", "DELAYED"))).isNotEmpty();
		assertThat(errorsAfter((e) -> e.put("acme:note", "x")))
			.containsExactly("$.epcisBody.eventList[0].acme:note: prefix not declared in @context");
		assertThat(errorsAfter((e) -> e.put("sensorElementList",
				List.of(Map.of("sensorReport", List.of(report("Heat", 4.0, "CEL")))))))
			.isNotEmpty();
		Map<String, Object> document = fullDocument();
		document.remove("schemaVersion");
		assertThat(EpcisSchema.errors(document)).isNotEmpty();
	}

}
