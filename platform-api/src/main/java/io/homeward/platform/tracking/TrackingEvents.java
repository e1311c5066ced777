package io.homeward.platform.tracking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.homeward.platform.shared.Sha256;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Outcome;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records batches of tracking events. Unlike the platform's other mutations a batch is
 * not all-or-nothing: each event is recorded, replayed or refused on its own, and the
 * answer says which for every event. A batch a scanner uploads after a day offline must
 * not be lost for one bad scan.
 * <p>
 * The statements per batch are a constant, whatever its size: one to find replays, one
 * per kind of subject and one for the hubs named, one for what the units and loads held
 * at each event's time, one set-based insert, one to reach the returns' milestones when
 * an event's step reaches one ({@link ReturnMilestones}), one for the photos named when
 * an event names any ({@link TrackingPhotos}), and one more only when a concurrent writer
 * recorded one of the ids first. The insert is {@code on conflict do nothing} on the
 * replay key, so two writers racing with the same event record it once and lose none.
 */
@Service
public class TrackingEvents {

	/** The most events a batch carries. */
	public static final int MAX_BATCH = 500;

	/** How far ahead of the platform's clock a device's clock may run. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final OffsetDateTime EARLIEST = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final Pattern CLIENT_ID = Pattern.compile("[\\x21-\\x7E]+");

	private static final int MAX_CLIENT_ID = 100;

	private static final int MAX_REASON = 500;

	static final String COLUMNS = """
			id, client_event_id, fingerprint, parcel_id, unit_id, load_id, biz_step, disposition, event_time,
			event_offset_minutes, record_time, read_point_hub_id, latitude, longitude, temperature_c, relative_humidity,
			shock_g, exception_kind, exception_reason, recorder_org_id, recorded_by, seq""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher published;

	private final ReturnMilestones milestones;

	private final TrackingPhotos photos;

	private final Clock clock = Clock.systemUTC();

	TrackingEvents(JdbcClient jdbc, ApplicationEventPublisher published, ReturnMilestones milestones,
			TrackingPhotos photos) {
		this.jdbc = jdbc;
		this.published = published;
		this.milestones = milestones;
		this.photos = photos;
	}

	/**
	 * Records {@code events}: refused as a whole only when the batch is empty or larger
	 * than {@link #MAX_BATCH}; otherwise done, with one result per event in the batch's
	 * order.
	 */
	@Transactional
	public Outcome<List<RecordResult>> record(List<TrackingEventRecord> events) {
		if (events.isEmpty()) {
			return Outcome.refused("events", CommonErrorCode.REQUIRED, "A batch holds at least one event");
		}
		if (events.size() > MAX_BATCH) {
			return Outcome.refused("events", CommonErrorCode.OUT_OF_RANGE,
					"A batch holds at most " + MAX_BATCH + " events; this one holds " + events.size());
		}
		Tenant tenant = TenantContext.require();
		int n = events.size();
		String[] fingerprints = new String[n];
		for (int i = 0; i < n; i++) {
			fingerprints[i] = fingerprint(events.get(i));
		}
		RecordResult[] results = new RecordResult[n];
		// Replays first: an event recorded before answers as it was recorded, whatever
		// has changed since (the load delivered, the unit unpacked).
		Map<String, TrackingEvent> stored = new HashMap<>();
		Map<String, String> storedFingerprints = new HashMap<>();
		Set<String> clientIds = new LinkedHashSet<>();
		for (TrackingEventRecord event : events) {
			if (event.clientEventId() != null && !event.clientEventId().isBlank()) {
				clientIds.add(event.clientEventId());
			}
		}
		if (!clientIds.isEmpty()) {
			find(tenant, clientIds, stored, storedFingerprints);
		}
		for (int i = 0; i < n; i++) {
			results[i] = replay(i, events.get(i), fingerprints[i], stored, storedFingerprints);
		}
		List<List<UserError>> errors = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			List<UserError> found = new ArrayList<>();
			if (results[i] == null) {
				validate(events.get(i), tenant, found);
			}
			errors.add(found);
		}
		checkPhotos(events, results, errors);
		Subjects subjects = resolve(events, results, tenant);
		Target[] targets = new Target[n];
		for (int i = 0; i < n; i++) {
			if (results[i] == null && !tenant.is(OrganizationKind.SHIPPER)) {
				targets[i] = check(events.get(i), subjects, errors.get(i));
			}
		}
		List<Integer> toInsert = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (results[i] != null) {
				continue;
			}
			if (!errors.get(i).isEmpty() || targets[i] == null) {
				results[i] = refused(i, events.get(i), errors.get(i));
			}
			else {
				toInsert.add(i);
			}
		}
		if (!toInsert.isEmpty()) {
			Map<Integer, List<UUID>> contained = containedUnits(events, targets, toInsert);
			Map<String, TrackingEvent> inserted = insert(tenant, events, fingerprints, targets, contained, toInsert);
			List<Integer> raced = new ArrayList<>();
			Map<String, Integer> firstOfId = new HashMap<>();
			for (int i : toInsert) {
				String id = events.get(i).clientEventId();
				TrackingEvent event = inserted.get(id);
				if (event != null && firstOfId.putIfAbsent(id, i) == null) {
					results[i] = new RecordResult(i, id, RecordResult.Status.RECORDED, event, List.of());
				}
				else {
					raced.add(i);
				}
			}
			if (!raced.isEmpty()) {
				// Recorded by a concurrent writer, or earlier in this batch: a replay.
				Set<String> ids = new LinkedHashSet<>();
				raced.forEach((i) -> ids.add(events.get(i).clientEventId()));
				find(tenant, ids, stored, storedFingerprints);
				for (int i : raced) {
					results[i] = Objects.requireNonNull(
							replay(i, events.get(i), fingerprints[i], stored, storedFingerprints),
							"an event not inserted was recorded before");
				}
			}
			reachMilestones(results, toInsert);
			announce(results, targets, toInsert);
		}
		return Outcome.done(List.of(results));
	}

	/**
	 * Reaches the milestones the events recorded now lead to, in this transaction: one
	 * statement, and none for a batch with no step that reaches one.
	 */
	private void reachMilestones(RecordResult[] results, List<Integer> inserted) {
		List<UUID> reaching = new ArrayList<>();
		for (int i : inserted) {
			TrackingEvent event = results[i].event();
			if (results[i].status() == RecordResult.Status.RECORDED && event != null
					&& TimelineRules.milestoneOf(event.bizStep()) != null) {
				reaching.add(event.uuid());
			}
		}
		if (!reaching.isEmpty()) {
			milestones.reach(ReturnMilestones.Cause.EVENT, reaching, null);
		}
	}

	/**
	 * Tells the subscriptions of every instance, once this transaction commits, which
	 * events it recorded (ids only: {@link TrackingNotices}).
	 */
	private void announce(RecordResult[] results, Target[] targets, List<Integer> inserted) {
		List<TrackingNotice.Event> recorded = new ArrayList<>();
		for (int i : inserted) {
			TrackingEvent event = results[i].event();
			if (results[i].status() == RecordResult.Status.RECORDED && event != null) {
				Target target = targets[i];
				recorded.add(new TrackingNotice.Event(event.uuid(), target.operatorId(), target.inLoadId(),
						target.returnId()));
			}
		}
		if (!recorded.isEmpty()) {
			published.publishEvent(new TrackingEventsRecorded(recorded));
		}
	}

	private @Nullable RecordResult replay(int index, TrackingEventRecord event, String fingerprint,
			Map<String, TrackingEvent> stored, Map<String, String> storedFingerprints) {
		TrackingEvent before = (event.clientEventId() != null) ? stored.get(event.clientEventId()) : null;
		if (before == null) {
			return null;
		}
		if (!fingerprint.equals(storedFingerprints.get(event.clientEventId()))) {
			return refused(index, event, List.of(UserError.of("clientEventId", TrackingErrorCode.CLIENT_EVENT_ID_REUSED,
					"This client event id was recorded before with other content")));
		}
		return new RecordResult(index, event.clientEventId(), RecordResult.Status.REPLAYED, before, List.of());
	}

	private static RecordResult refused(int index, TrackingEventRecord event, List<UserError> errors) {
		List<UserError> under = errors.stream()
			.map((error) -> error.under(Integer.toString(index)).under("events"))
			.toList();
		return new RecordResult(index, event.clientEventId(), RecordResult.Status.REFUSED, null, under);
	}

	private void validate(TrackingEventRecord event, Tenant tenant, List<UserError> errors) {
		if (tenant.is(OrganizationKind.SHIPPER)) {
			errors.add(UserError.of("", CommonErrorCode.NOT_PERMITTED,
					"A shipper records no tracking events: carriers and operators do"));
		}
		String clientId = event.clientEventId();
		if (clientId == null || clientId.isBlank()) {
			errors.add(UserError.of("clientEventId", CommonErrorCode.REQUIRED, "A client event id is required"));
		}
		else if (clientId.length() > MAX_CLIENT_ID) {
			errors.add(UserError.of("clientEventId", CommonErrorCode.TOO_LONG,
					"A client event id has at most " + MAX_CLIENT_ID + " characters"));
		}
		else if (!CLIENT_ID.matcher(clientId).matches()) {
			errors.add(UserError.of("clientEventId", CommonErrorCode.INVALID,
					"A client event id is printable ASCII without spaces"));
		}
		if (event.subjectKind() == null) {
			errors.add(UserError.of("subjectId", CommonErrorCode.NOT_FOUND, "No such parcel, unit or load"));
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (event.eventTime().isAfter(now.plus(CLOCK_SKEW))) {
			errors.add(UserError.of("eventTime", TrackingErrorCode.EVENT_TIME_IN_FUTURE, "The event time is more than "
					+ CLOCK_SKEW.toMinutes() + " minutes ahead of the platform's clock"));
		}
		else if (event.eventTime().isBefore(EARLIEST)) {
			errors.add(UserError.of("eventTime", CommonErrorCode.OUT_OF_RANGE, "The event time is before 2000"));
		}
		if (event.eventTime().getOffset().getTotalSeconds() % 60 != 0) {
			errors.add(UserError.of("eventTime", CommonErrorCode.INVALID,
					"The time zone offset is whole minutes (EPCIS eventTimeZoneOffset)"));
		}
		boolean position = event.latitude() != null || event.longitude() != null;
		if (event.readPointHubId() != null && position) {
			errors.add(UserError.of("readPointHubId", CommonErrorCode.INVALID,
					"A read point is a hub or a position, not both"));
		}
		if (event.readPointHubId() == null && tenant.is(OrganizationKind.OPERATOR)) {
			errors.add(UserError.of("readPointHubId", TrackingErrorCode.READ_POINT_REQUIRED,
					"An operator records events at one of its own hubs"));
		}
		if (position) {
			if (event.latitude() == null) {
				errors.add(UserError.of("latitude", CommonErrorCode.REQUIRED, "A position has a latitude"));
			}
			if (event.longitude() == null) {
				errors.add(UserError.of("longitude", CommonErrorCode.REQUIRED, "A position has a longitude"));
			}
		}
		range(errors, "latitude", event.latitude(), -90, 90, "°");
		range(errors, "longitude", event.longitude(), -180, 180, "°");
		range(errors, "temperatureC", event.temperatureC(), -90, 90, " °C");
		range(errors, "relativeHumidity", event.relativeHumidity(), 0, 100, " %");
		range(errors, "shockG", event.shockG(), 0, 1000, " g");
		String reason = event.exceptionReason();
		boolean hasReason = reason != null && !reason.isBlank();
		if (event.exception() != null && !hasReason) {
			errors.add(UserError.of("exceptionReason", CommonErrorCode.REQUIRED, "An exception needs its reason"));
		}
		if (event.exception() == null && hasReason) {
			errors.add(UserError.of("exception", CommonErrorCode.REQUIRED, "A reason goes with an exception kind"));
		}
		if (hasReason && reason.strip().length() > MAX_REASON) {
			errors.add(UserError.of("exceptionReason", CommonErrorCode.TOO_LONG,
					"A reason has at most " + MAX_REASON + " characters"));
		}
		if (event.photoIds().size() > TrackingPhotos.MAX_PER_EVENT) {
			errors.add(UserError.of("photoIds", CommonErrorCode.OUT_OF_RANGE,
					"An event shows at most " + TrackingPhotos.MAX_PER_EVENT + " photos"));
		}
		else if (new HashSet<>(event.photoIds()).size() < event.photoIds().size()) {
			errors.add(UserError.of("photoIds", CommonErrorCode.INVALID, "An event names each photo once"));
		}
	}

	/**
	 * Refuses the events still to record that name a photo which is not one of the
	 * recorder's own uploads (or an id of no photo at all): one statement for the whole
	 * batch, and none when no event names a photo. Checked here for the typed error; the
	 * photos' read policy (tracking/V8) never shows a photo through an event that another
	 * organization recorded anyway.
	 */
	private void checkPhotos(List<TrackingEventRecord> events, RecordResult[] results, List<List<UserError>> errors) {
		Set<UUID> named = new HashSet<>();
		for (int i = 0; i < events.size(); i++) {
			if (results[i] == null) {
				named.addAll(events.get(i).photoIds());
			}
		}
		named.remove(GlobalId.NONE);
		Set<UUID> own = named.isEmpty() ? Set.of() : photos.own(named);
		for (int i = 0; i < events.size(); i++) {
			List<UUID> ids = events.get(i).photoIds();
			for (int k = 0; results[i] == null && k < ids.size(); k++) {
				if (!own.contains(ids.get(k))) {
					errors.get(i)
						.add(UserError.of("photoIds." + k, TrackingErrorCode.PHOTO_NOT_FOUND,
								"No such photo among the recorder's uploads: upload it first (PUT "
										+ TrackingPhotos.PATH_PREFIX + "{uuid})"));
				}
			}
		}
	}

	private static void range(List<UserError> errors, String field, @Nullable BigDecimal value, int min, int max,
			String unit) {
		if (value != null
				&& (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
			errors
				.add(UserError.of(field, CommonErrorCode.OUT_OF_RANGE, "Between " + min + unit + " and " + max + unit));
		}
	}

	/** Where an event goes: its subject's rows as the caller sees them. */
	private record Target(SubjectKind kind, UUID subjectId, UUID operatorId, @Nullable UUID shipperId,
			@Nullable UUID returnId, @Nullable UUID inLoadId, @Nullable UUID carrierId) {

	}

	private record Subjects(Map<UUID, Target> parcels, Map<UUID, Target> units, Map<UUID, Target> loads,
			Map<UUID, UUID> hubOperators) {

	}

	/**
	 * The subjects and hubs of the events still to record, as the caller's policies show
	 * them: a carrier sees only what is in its loads, an operator only its own, so a
	 * foreign id is not found, like a missing one.
	 */
	private Subjects resolve(List<TrackingEventRecord> events, RecordResult[] results, Tenant tenant) {
		Map<SubjectKind, Set<UUID>> ids = new HashMap<>();
		Set<UUID> hubs = new LinkedHashSet<>();
		for (int i = 0; i < events.size(); i++) {
			TrackingEventRecord event = events.get(i);
			if (results[i] != null || tenant.is(OrganizationKind.SHIPPER)) {
				continue;
			}
			if (event.subjectKind() != null) {
				ids.computeIfAbsent(event.subjectKind(), (k) -> new LinkedHashSet<>()).add(event.subjectId());
			}
			if (event.readPointHubId() != null) {
				hubs.add(event.readPointHubId());
			}
		}
		Map<UUID, Target> parcels = new HashMap<>();
		Map<UUID, Target> units = new HashMap<>();
		Map<UUID, Target> loads = new HashMap<>();
		Map<UUID, UUID> hubOperators = new HashMap<>();
		if (ids.containsKey(SubjectKind.PARCEL)) {
			jdbc.sql(
					"""
							select x.id, coalesce(up.operator_id, p.operator_id) as operator_id,
							       coalesce(up.shipper_id, p.shipper_id) as shipper_id, coalesce(up.return_id, p.return_id) as return_id,
							       up.load_id, up.carrier_id
							from unnest(:ids) as x(id)
							left join unit_parcel up on up.parcel_id = x.id
							left join parcel p on p.id = x.id
							where up.parcel_id is not null or p.id is not null""")
				.param("ids", ids.get(SubjectKind.PARCEL).toArray(UUID[]::new))
				.query((rs, row) -> parcels.put(uuid(rs, "id"),
						new Target(SubjectKind.PARCEL, uuid(rs, "id"), uuid(rs, "operator_id"), uuid(rs, "shipper_id"),
								uuid(rs, "return_id"), uuid(rs, "load_id"), uuid(rs, "carrier_id"))))
				.list();
		}
		if (ids.containsKey(SubjectKind.UNIT)) {
			jdbc.sql("select id, operator_id, load_id, carrier_id from handling_unit where id = any(:ids)")
				.param("ids", ids.get(SubjectKind.UNIT).toArray(UUID[]::new))
				.query((rs, row) -> units.put(uuid(rs, "id"),
						new Target(SubjectKind.UNIT, uuid(rs, "id"), uuid(rs, "operator_id"), null, null,
								uuid(rs, "load_id"), uuid(rs, "carrier_id"))))
				.list();
		}
		if (ids.containsKey(SubjectKind.LOAD)) {
			jdbc.sql("select id, operator_id, carrier_id from load where id = any(:ids)")
				.param("ids", ids.get(SubjectKind.LOAD).toArray(UUID[]::new))
				.query((rs, row) -> loads.put(uuid(rs, "id"),
						new Target(SubjectKind.LOAD, uuid(rs, "id"), uuid(rs, "operator_id"), null, null,
								uuid(rs, "id"), uuid(rs, "carrier_id"))))
				.list();
		}
		if (!hubs.isEmpty()) {
			jdbc.sql("select id, operator_id from hub where id = any(:ids)")
				.param("ids", hubs.toArray(UUID[]::new))
				.query((rs, row) -> hubOperators.put(uuid(rs, "id"), uuid(rs, "operator_id")))
				.list();
		}
		return new Subjects(parcels, units, loads, hubOperators);
	}

	private static @Nullable Target check(TrackingEventRecord event, Subjects subjects, List<UserError> errors) {
		if (event.subjectKind() == null) {
			return null;
		}
		Target target = switch (event.subjectKind()) {
			case PARCEL -> subjects.parcels().get(event.subjectId());
			case UNIT -> subjects.units().get(event.subjectId());
			case LOAD -> subjects.loads().get(event.subjectId());
		};
		if (target == null) {
			errors.add(UserError.of("subjectId", CommonErrorCode.NOT_FOUND, "No such parcel, unit or load"));
		}
		if (event.readPointHubId() != null) {
			UUID hubOperator = subjects.hubOperators().get(event.readPointHubId());
			if (hubOperator == null) {
				errors.add(UserError.of("readPointHubId", CommonErrorCode.NOT_FOUND, "No such hub"));
			}
			else if (target != null && !hubOperator.equals(target.operatorId())) {
				errors.add(UserError.of("readPointHubId", TrackingErrorCode.READ_POINT_MISMATCH,
						"The hub is not one of the network the " + event.subjectKind().name().toLowerCase()
								+ " travels in"));
			}
		}
		return target;
	}

	/**
	 * The units inside each unit or load at its event's time, nested ones too, from the
	 * whole containment record ({@code tracking_units_within}, tracking/V7): what the
	 * shipper's read policy finds its parcels in. Not as the caller's policies show it: a
	 * carrier does not see a bag packed onto a pallet before the pallet was loaded, and
	 * its events would miss the parcels in the bag. One statement for the batch.
	 */
	private Map<Integer, List<UUID>> containedUnits(List<TrackingEventRecord> events, Target[] targets,
			List<Integer> indexes) {
		Map<Integer, List<UUID>> contained = new HashMap<>();
		List<String> idx = new ArrayList<>();
		List<UUID> parents = new ArrayList<>();
		List<String> ats = new ArrayList<>();
		for (int i : indexes) {
			if (targets[i].kind() == SubjectKind.PARCEL) {
				continue;
			}
			List<UUID> units = contained.computeIfAbsent(i, (k) -> new ArrayList<>());
			if (targets[i].kind() == SubjectKind.UNIT) {
				units.add(targets[i].subjectId());
			}
			idx.add(Integer.toString(i));
			parents.add(targets[i].subjectId());
			ats.add(events.get(i).eventTime().toString());
		}
		if (parents.isEmpty()) {
			return contained;
		}
		jdbc.sql("select idx, unit_id from tracking_units_within(cast(:idx as int[]), cast(:parents as uuid[]), "
				+ "cast(:ats as timestamptz[]))")
			.param("idx", idx.toArray(String[]::new))
			.param("parents", parents.toArray(UUID[]::new))
			.param("ats", ats.toArray(String[]::new))
			.query((rs, row) -> contained.get(rs.getInt("idx")).add(uuid(rs, "unit_id")))
			.list();
		return contained;
	}

	private Map<String, TrackingEvent> insert(Tenant tenant, List<TrackingEventRecord> events, String[] fingerprints,
			Target[] targets, Map<Integer, List<UUID>> contained, List<Integer> indexes) {
		int m = indexes.size();
		String[] ord = new String[m];
		UUID[] operator = new UUID[m];
		UUID[] id = new UUID[m];
		String[] client = new String[m];
		String[] fingerprint = new String[m];
		UUID[] parcel = new UUID[m];
		UUID[] shipper = new UUID[m];
		UUID[] returnId = new UUID[m];
		UUID[] unit = new UUID[m];
		UUID[] load = new UUID[m];
		UUID[] inLoad = new UUID[m];
		UUID[] carrier = new UUID[m];
		String[] units = new String[m];
		String[] bizStep = new String[m];
		String[] disposition = new String[m];
		UUID[] hub = new UUID[m];
		String[] latitude = new String[m];
		String[] longitude = new String[m];
		String[] eventTime = new String[m];
		String[] offset = new String[m];
		String[] temperature = new String[m];
		String[] humidity = new String[m];
		String[] shock = new String[m];
		String[] exception = new String[m];
		String[] reason = new String[m];
		String[] photoIds = new String[m];
		for (int k = 0; k < m; k++) {
			int i = indexes.get(k);
			TrackingEventRecord event = events.get(i);
			Target target = targets[i];
			ord[k] = Integer.toString(k);
			operator[k] = target.operatorId();
			id[k] = UUID.randomUUID();
			client[k] = event.clientEventId();
			fingerprint[k] = fingerprints[i];
			switch (target.kind()) {
				case PARCEL -> {
					parcel[k] = target.subjectId();
					shipper[k] = target.shipperId();
					returnId[k] = target.returnId();
				}
				case UNIT -> unit[k] = target.subjectId();
				case LOAD -> load[k] = target.subjectId();
			}
			inLoad[k] = target.inLoadId();
			carrier[k] = target.carrierId();
			List<UUID> inside = contained.get(i);
			units[k] = (inside == null) ? null
					: String.join(",", inside.stream().distinct().map(UUID::toString).toList());
			bizStep[k] = event.bizStep().name();
			disposition[k] = event.disposition().name();
			hub[k] = event.readPointHubId();
			latitude[k] = text(event.latitude());
			longitude[k] = text(event.longitude());
			eventTime[k] = event.eventTime().toString();
			offset[k] = Integer.toString(event.eventTime().getOffset().getTotalSeconds() / 60);
			temperature[k] = text(event.temperatureC());
			humidity[k] = text(event.relativeHumidity());
			shock[k] = text(event.shockG());
			exception[k] = (event.exception() != null) ? event.exception().name() : null;
			reason[k] = (event.exceptionReason() != null && !event.exceptionReason().isBlank())
					? event.exceptionReason().strip() : null;
			photoIds[k] = String.join(",", event.photoIds().stream().map(UUID::toString).toList());
		}
		Map<String, TrackingEvent> inserted = new HashMap<>();
		jdbc.sql(
				"""
						insert into tracking_event (operator_id, id, recorder_org_id, recorded_by, client_event_id, fingerprint,
						                            parcel_id, shipper_id, return_id, unit_id, load_id, in_load_id, carrier_id,
						                            contained_units, biz_step, disposition, read_point_hub_id, latitude, longitude,
						                            event_time, event_offset_minutes, temperature_c, relative_humidity, shock_g,
						                            exception_kind, exception_reason, photo_ids)
						select x.operator_id, x.id, :org, :user, x.client, x.fingerprint, x.parcel, x.shipper, x.return_id, x.unit,
						       x.load, x.in_load, x.carrier, cast(string_to_array(x.units, ',') as uuid[]), x.biz_step,
						       x.disposition, x.hub, cast(x.latitude as numeric), cast(x.longitude as numeric),
						       cast(x.event_time as timestamptz), cast(x.offset_minutes as smallint),
						       cast(x.temperature as numeric), cast(x.humidity as numeric), cast(x.shock as numeric), x.exception,
						       x.reason, cast(string_to_array(x.photos, ',') as uuid[])
						from unnest(cast(:ord as int[]), cast(:operator as uuid[]), cast(:id as uuid[]), cast(:client as text[]),
						            cast(:fingerprint as text[]), cast(:parcel as uuid[]), cast(:shipper as uuid[]),
						            cast(:returnId as uuid[]), cast(:unit as uuid[]), cast(:load as uuid[]), cast(:inLoad as uuid[]),
						            cast(:carrier as uuid[]), cast(:units as text[]), cast(:bizStep as text[]),
						            cast(:disposition as text[]), cast(:hub as uuid[]), cast(:latitude as text[]),
						            cast(:longitude as text[]), cast(:eventTime as text[]), cast(:offset as text[]),
						            cast(:temperature as text[]), cast(:humidity as text[]), cast(:shock as text[]),
						            cast(:exception as text[]), cast(:reason as text[]), cast(:photos as text[]))
						     as x(ord, operator_id, id, client, fingerprint, parcel, shipper, return_id, unit, load, in_load, carrier,
						          units, biz_step, disposition, hub, latitude, longitude, event_time, offset_minutes, temperature,
						          humidity, shock, exception, reason, photos)
						order by x.ord
						on conflict (recorder_org_id, client_event_id) do nothing
						returning
						"""
						+ COLUMNS)
			.param("org", tenant.orgId())
			.param("user", tenant.userId())
			.param("ord", ord)
			.param("operator", operator)
			.param("id", id)
			.param("client", client)
			.param("fingerprint", fingerprint)
			.param("parcel", parcel)
			.param("shipper", shipper)
			.param("returnId", returnId)
			.param("unit", unit)
			.param("load", load)
			.param("inLoad", inLoad)
			.param("carrier", carrier)
			.param("units", units)
			.param("bizStep", bizStep)
			.param("disposition", disposition)
			.param("hub", hub)
			.param("latitude", latitude)
			.param("longitude", longitude)
			.param("eventTime", eventTime)
			.param("offset", offset)
			.param("temperature", temperature)
			.param("humidity", humidity)
			.param("shock", shock)
			.param("exception", exception)
			.param("reason", reason)
			.param("photos", photoIds)
			.query((rs, row) -> inserted.put(rs.getString("client_event_id"), event(rs)))
			.list();
		return inserted;
	}

	private void find(Tenant tenant, Set<String> clientIds, Map<String, TrackingEvent> stored,
			Map<String, String> storedFingerprints) {
		jdbc.sql("select " + COLUMNS
				+ " from tracking_event where recorder_org_id = :org and client_event_id = any(:ids)")
			.param("org", tenant.orgId())
			.param("ids", clientIds.toArray(String[]::new))
			.query((rs, row) -> {
				stored.put(rs.getString("client_event_id"), event(rs));
				return storedFingerprints.put(rs.getString("client_event_id"), rs.getString("fingerprint"));
			})
			.list();
	}

	static TrackingEvent event(ResultSet rs) throws SQLException {
		UUID parcel = uuid(rs, "parcel_id");
		UUID unit = uuid(rs, "unit_id");
		SubjectKind kind = (parcel != null) ? SubjectKind.PARCEL : (unit != null) ? SubjectKind.UNIT : SubjectKind.LOAD;
		UUID subject = (parcel != null) ? parcel : (unit != null) ? unit : uuid(rs, "load_id");
		ZoneOffset offset = ZoneOffset.ofTotalSeconds(rs.getInt("event_offset_minutes") * 60);
		String exception = rs.getString("exception_kind");
		return new TrackingEvent(uuid(rs, "id"), rs.getString("client_event_id"), kind, subject,
				BizStep.valueOf(rs.getString("biz_step")), Disposition.valueOf(rs.getString("disposition")),
				rs.getObject("event_time", OffsetDateTime.class).withOffsetSameInstant(offset),
				rs.getObject("record_time", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
				uuid(rs, "read_point_hub_id"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				rs.getBigDecimal("temperature_c"), rs.getBigDecimal("relative_humidity"), rs.getBigDecimal("shock_g"),
				(exception != null) ? TrackingExceptionKind.valueOf(exception) : null, rs.getString("exception_reason"),
				uuid(rs, "recorder_org_id"), rs.getString("recorded_by"), rs.getLong("seq"), null, null);
	}

	private static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static @Nullable String text(@Nullable BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	/**
	 * The event's content, to tell a replay (the same content again) from a reused id
	 * (other content under an id recorded before).
	 */
	static String fingerprint(TrackingEventRecord event) {
		String canonical = String.join("\u001f", String.valueOf(event.subjectKind()), event.subjectId().toString(),
				event.bizStep().name(), event.disposition().name(), event.eventTime().toInstant().toString(),
				Integer.toString(event.eventTime().getOffset().getTotalSeconds()),
				String.valueOf(event.readPointHubId()), number(event.latitude()), number(event.longitude()),
				number(event.temperatureC()), number(event.relativeHumidity()), number(event.shockG()),
				String.valueOf(event.exception()),
				String.valueOf((event.exceptionReason() != null) ? event.exceptionReason().strip() : null));
		// Appended only when there are photos, so the fingerprints of events recorded
		// before photos existed are unchanged and their replays still match.
		if (!event.photoIds().isEmpty()) {
			canonical += "\u001f" + String.join(",", event.photoIds().stream().map(UUID::toString).toList());
		}
		return Sha256.hex(canonical);
	}

	private static String number(@Nullable BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "null";
	}

}
