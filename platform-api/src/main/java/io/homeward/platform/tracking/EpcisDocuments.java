package io.homeward.platform.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Writes a return's chain of custody as an EPCIS 2.0 JSON-LD document
 * (docs/domain/tracking-chain-of-custody.md): its tracking events as ObjectEvents (action
 * OBSERVE) and the packing of its parcels into units and of units into loads as
 * AggregationEvents (ADD, DELETE), in event-time order. The document is plain maps and
 * lists, so the GraphQL scalar and the download write the same JSON.
 * <p>
 * Choices the standard's JSON schema fixed: {@code bizStep} and {@code disposition} are
 * the bare CBV 2.0 names ({@code departing}, {@code in_transit}): the schema refuses the
 * {@code urn:epcglobal:cbv:} URIs, which are the XML binding's form. Extension fields are
 * compact IRIs under the {@code homeward} prefix the context declares.
 */
final class EpcisDocuments {

	/** The GS1 EPCIS 2.0 JSON-LD context. */
	static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

	/** The namespace of the platform's extension fields (prefix {@code homeward}). */
	static final String NAMESPACE = "urn:homeward:epcis:";

	static final String PREFIX = "homeward:";

	/** The canonical GS1 Digital Link of an SSCC (application identifier 00). */
	static final String DIGITAL_LINK_SSCC = "https://id.gs1.org/00/";

	/** The widest offset the schema's {@code eventTimeZoneOffset} pattern admits. */
	private static final int MAX_OFFSET_SECONDS = 14 * 3600;

	/**
	 * Steps after which the objects are not at the hub that saw them (they leave it):
	 * these name the hub as read point only, not as business location.
	 */
	private static final Set<BizStep> LEAVING = Set.of(BizStep.DEPARTING, BizStep.SHIPPING, BizStep.LOADING);

	private EpcisDocuments() {
	}

	/** A tracking event of the return, with the units or loads it reached it through. */
	record Observed(TrackingEvent event, List<Through> through) {

	}

	/** The unit or load a parcel or unit was directly inside when an event happened. */
	record Through(SubjectKind kind, UUID id) {

	}

	/** A parcel or unit packed into (ADD) or taken out of (DELETE) a unit or a load. */
	record Aggregation(UUID id, OffsetDateTime occurredAt, long seq, boolean add, SubjectKind parentKind, UUID parentId,
			SubjectKind childKind, UUID childId) {

	}

	/**
	 * The document of the return {@code returnId}. {@code ssccs} holds the SSCC of each
	 * unit the reader may see; any other unit is named by its platform URI.
	 */
	static Map<String, Object> document(UUID returnId, OffsetDateTime created, List<Observed> events,
			List<Aggregation> aggregations, Map<UUID, String> ssccs) {
		record Entry(OffsetDateTime at, OffsetDateTime recorded, int kind, long seq, Map<String, Object> event) {
		}
		List<Entry> entries = new ArrayList<>();
		for (Observed observed : events) {
			TrackingEvent event = observed.event();
			entries.add(new Entry(event.eventTime(), event.recordTime(), 1, event.seq(), objectEvent(observed, ssccs)));
		}
		for (Aggregation aggregation : aggregations) {
			entries.add(new Entry(aggregation.occurredAt(), aggregation.occurredAt(), 0, aggregation.seq(),
					aggregationEvent(aggregation, ssccs)));
		}
		// Event time, then record time; at one instant packing comes before what
		// happens to the packed unit.
		entries.sort(Comparator.comparing((Entry e) -> e.at().toInstant())
			.thenComparing((e) -> e.recorded().toInstant())
			.thenComparingInt(Entry::kind)
			.thenComparingLong(Entry::seq));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", List.of(EPCIS_CONTEXT, Map.of("homeward", NAMESPACE)));
		document.put("type", "EPCISDocument");
		document.put("schemaVersion", "2.0");
		document.put("creationDate", utc(created));
		document.put(PREFIX + "return", uri("return", returnId));
		document.put("epcisBody", Map.of("eventList", entries.stream().map(Entry::event).toList()));
		return document;
	}

	static Map<String, Object> objectEvent(Observed observed, Map<UUID, String> ssccs) {
		TrackingEvent event = observed.event();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "ObjectEvent");
		json.put("eventID", "urn:uuid:" + event.uuid());
		time(json, event.eventTime());
		json.put("recordTime", utc(event.recordTime()));
		json.put("epcList", List.of(subject(event.subjectKind(), event.subjectId(), ssccs)));
		json.put("action", "OBSERVE");
		json.put("bizStep", event.bizStep().name().toLowerCase(Locale.ROOT));
		json.put("disposition", event.disposition().name().toLowerCase(Locale.ROOT));
		if (event.readPointHubId() != null) {
			Map<String, Object> hub = Map.of("id", uri("hub", event.readPointHubId()));
			json.put("readPoint", hub);
			if (!LEAVING.contains(event.bizStep())) {
				json.put("bizLocation", hub);
			}
		}
		else if (event.latitude() != null && event.longitude() != null) {
			// A position as a geo URI (RFC 5870, WGS 84), as CBV 2.0 names a location
			// without a GLN.
			json.put("readPoint",
					Map.of("id", "geo:" + event.latitude().toPlainString() + "," + event.longitude().toPlainString()));
		}
		List<Map<String, Object>> reports = new ArrayList<>();
		report(reports, "Temperature", event.temperatureC(), "CEL");
		report(reports, "RelativeHumidity", event.relativeHumidity(), "P1");
		// Shock as peak acceleration in units of standard gravity (Rec. 20 K40, gn).
		report(reports, "Acceleration", event.shockG(), "K40");
		if (!reports.isEmpty()) {
			json.put("sensorElementList", List.of(Map.of("sensorReport", reports)));
		}
		if (event.exception() != null) {
			json.put(PREFIX + "exceptionKind", event.exception().name());
			json.put(PREFIX + "exceptionReason", event.exceptionReason());
		}
		json.put(PREFIX + "recordedBy", uri("organization", event.recorderOrgId()));
		json.put(PREFIX + "clientEventId", event.clientEventId());
		if (!observed.through().isEmpty()) {
			json.put(PREFIX + "inheritedThrough",
					observed.through().stream().map((t) -> subject(t.kind(), t.id(), ssccs)).distinct().toList());
		}
		return json;
	}

	static Map<String, Object> aggregationEvent(Aggregation aggregation, Map<UUID, String> ssccs) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "AggregationEvent");
		json.put("eventID", "urn:uuid:" + aggregation.id());
		time(json, aggregation.occurredAt());
		json.put("parentID", subject(aggregation.parentKind(), aggregation.parentId(), ssccs));
		json.put("childEPCs", List.of(subject(aggregation.childKind(), aggregation.childId(), ssccs)));
		json.put("action", aggregation.add() ? "ADD" : "DELETE");
		boolean intoLoad = aggregation.parentKind() == SubjectKind.LOAD;
		json.put("bizStep",
				aggregation.add() ? (intoLoad ? "loading" : "packing") : (intoLoad ? "unloading" : "unpacking"));
		return json;
	}

	/**
	 * A unit by the canonical GS1 Digital Link of its SSCC when the reader may see it;
	 * anything else (parcels and loads have no GS1 key here) by its platform URI.
	 */
	static String subject(SubjectKind kind, UUID id, Map<UUID, String> ssccs) {
		return switch (kind) {
			case UNIT -> {
				String sscc = ssccs.get(id);
				yield (sscc != null) ? DIGITAL_LINK_SSCC + sscc : uri("unit", id);
			}
			case PARCEL -> uri("parcel", id);
			case LOAD -> uri("load", id);
		};
	}

	static String uri(String kind, UUID id) {
		return "urn:homeward:" + kind + ":" + id;
	}

	/**
	 * {@code eventTime} with the recorder's offset and {@code eventTimeZoneOffset}. An
	 * offset beyond ±14:00 (ingest admits ±18:00, no time zone has one) does not match
	 * the schema's pattern: the time is then written in UTC with +00:00, and the offset
	 * as recorded in an extension field, so nothing is lost and the document stays valid.
	 */
	private static void time(Map<String, Object> json, OffsetDateTime at) {
		ZoneOffset offset = at.getOffset();
		if (Math.abs(offset.getTotalSeconds()) <= MAX_OFFSET_SECONDS) {
			json.put("eventTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
			json.put("eventTimeZoneOffset", TrackingEvent.timeZoneOffset(offset));
		}
		else {
			json.put("eventTime", utc(at));
			json.put("eventTimeZoneOffset", "+00:00");
			json.put(PREFIX + "recordedTimeZoneOffset", TrackingEvent.timeZoneOffset(offset));
		}
	}

	private static String utc(OffsetDateTime at) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC));
	}

	private static void report(List<Map<String, Object>> reports, String type, @Nullable BigDecimal value, String uom) {
		if (value != null) {
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("type", type);
			report.put("value", value.doubleValue());
			report.put("uom", uom);
			reports.add(report);
		}
	}

}
