package io.homeward.platform.consolidation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.homeward.platform.network.Lane;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional part of the load commands; refusals roll back, as in
 * {@link UnitCommands}. Optimistic locking: a command names the version it read; a load
 * at another version, or changed by a concurrent transaction before this one's update
 * (the version no longer matches when the row is written), answers CONFLICT.
 */
@Service
@Transactional
class LoadCommands {

	static final String CREATE_OPERATION = "loadCreate";

	private final LoadRepository loads;

	private final ReceiptLineRepository receipts;

	private final ConsolidationQueries queries;

	private final NetworkCatalog network;

	private final IdempotencyKeys idempotencyKeys;

	private final List<DispatchCheck> dispatchChecks;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	LoadCommands(LoadRepository loads, ReceiptLineRepository receipts, ConsolidationQueries queries,
			NetworkCatalog network, IdempotencyKeys idempotencyKeys, List<DispatchCheck> dispatchChecks,
			ApplicationEventPublisher events) {
		this.events = events;
		this.dispatchChecks = List.copyOf(dispatchChecks);
		this.loads = loads;
		this.receipts = receipts;
		this.queries = queries;
		this.network = network;
		this.idempotencyKeys = idempotencyKeys;
	}

	Load create(LoadCreate command, String fingerprint) {
		Tenant tenant = TenantContext.require();
		Optional<UUID> replayed = idempotencyKeys.replayedResult(CREATE_OPERATION, command.idempotencyKey(),
				fingerprint);
		if (replayed.isPresent()) {
			return queries.loads(List.of(replayed.get())).getFirst();
		}
		List<UserError> errors = new ArrayList<>();
		Optional<Program> program = network.ownProgram(command.programId());
		if (program.isEmpty()) {
			errors.add(UserError.of("programId", CommonErrorCode.NOT_FOUND, "No such program"));
		}
		Optional<Lane> lane = network.ownLane(command.laneId());
		if (lane.isEmpty()) {
			errors.add(UserError.of("laneId", CommonErrorCode.NOT_FOUND, "No such lane"));
		}
		if (program.isPresent() && lane.isPresent()
				&& network.lanesOfPrograms(List.of(command.programId()))
					.getOrDefault(command.programId(), List.of())
					.stream()
					.noneMatch((l) -> l.uuid().equals(command.laneId()))) {
			errors.add(UserError.of("laneId", ConsolidationErrorCode.LANE_NOT_IN_PROGRAM,
					"The lane is not one of the program's lanes"));
		}
		if (loads.existsByReference(command.reference())) {
			errors.add(UserError.of("reference", CommonErrorCode.TAKEN, "Another load has this reference"));
		}
		if (!errors.isEmpty()) {
			throw new Refusal(errors);
		}
		LoadEntity load = loads.save(new LoadEntity(command, lane.get(), tenant.userId(), now()));
		loads.flush();
		idempotencyKeys.complete(CREATE_OPERATION, command.idempotencyKey(), load.id());
		return queries.loads(List.of(load.id())).getFirst();
	}

	Load transition(LoadTransition command) {
		LoadEntity load = lockable(command.loadId(), command.version(), command.target());
		if (command.target() == LoadStatus.CLOSED) {
			load.seal(command.sealNumber());
		}
		OffsetDateTime now = now();
		if (command.target() == LoadStatus.DISPATCHED) {
			Load seen = queries.loads(List.of(load.id())).getFirst();
			List<UserError> refusals = dispatchChecks.stream()
				.flatMap((check) -> check.refusals(seen, now).stream())
				.toList();
			if (!refusals.isEmpty()) {
				throw new Refusal(refusals);
			}
		}
		load.moveTo(command.target(), now);
		Load moved = flushed(load);
		if (command.target() == LoadStatus.DISPATCHED) {
			// In this transaction: what listeners write (the shippers' dispatch notices
			// in
			// tracking's outbox) commits with the dispatch or not at all.
			events.publishEvent(new LoadDispatched(moved, now, queries.parcelsInLoad(moved.uuid())));
		}
		else if (command.target() == LoadStatus.IN_TRANSIT) {
			events.publishEvent(new LoadDeparted(moved, now));
		}
		else if (command.target() == LoadStatus.ARRIVED) {
			events.publishEvent(new LoadArrived(moved, now));
		}
		return moved;
	}

	/**
	 * Records what arrived, closes the manifest's accounts (every parcel named or
	 * MISSING) and moves the load to RECEIVED.
	 */
	Load receive(LoadReceive command) {
		Tenant tenant = TenantContext.require();
		LoadEntity load = lockable(command.loadId(), command.version(), LoadStatus.RECEIVED);
		Map<UUID, LoadParcel> manifest = queries.parcelsInLoad(load.id())
			.stream()
			.collect(Collectors.toMap(LoadParcel::parcelId, Function.identity()));
		List<UserError> errors = new ArrayList<>();
		Set<UUID> named = new HashSet<>();
		for (int i = 0; i < command.lines().size(); i++) {
			LoadReceive.Line line = command.lines().get(i);
			if (!manifest.containsKey(line.parcelId()) || !named.add(line.parcelId())) {
				errors.add(UserError.of("lines." + i + ".parcelId", ConsolidationErrorCode.NOT_ON_MANIFEST,
						"The parcel is not on the load's manifest, or is named twice; record it as unexpected"));
			}
		}
		if (!errors.isEmpty()) {
			throw new Refusal(errors);
		}
		OffsetDateTime now = now();
		for (LoadReceive.Line line : command.lines()) {
			receipts.save(new ReceiptLineEntity(tenant.orgId(), load.id(), line.parcelId(),
					manifest.get(line.parcelId()).shipperId(), line.outcome(), null, line.note(),
					photos(line.photoRefs()), tenant.userId(), now));
		}
		for (LoadParcel parcel : manifest.values()) {
			if (!named.contains(parcel.parcelId())) {
				receipts.save(new ReceiptLineEntity(tenant.orgId(), load.id(), parcel.parcelId(), parcel.shipperId(),
						ReceiptOutcome.MISSING, null, null, null, tenant.userId(), now));
			}
		}
		for (LoadReceive.Unexpected unexpected : command.unexpected()) {
			receipts.save(new ReceiptLineEntity(tenant.orgId(), load.id(), null, null, ReceiptOutcome.UNEXPECTED,
					unexpected.reference(), unexpected.note(), photos(unexpected.photoRefs()), tenant.userId(), now));
		}
		load.arrivedWithSeal(command.arrivalSeal(), command.sealBroken());
		load.moveTo(LoadStatus.RECEIVED, now);
		Load received = flushed(load);
		receipts.flush();
		events.publishEvent(new LoadReceived(received, now,
				queries.receiptsOfLoads(List.of(received.uuid())).getOrDefault(received.uuid(), List.of())));
		return received;
	}

	private static String photos(List<String> refs) {
		return refs.isEmpty() ? null : String.join("\n", refs);
	}

	/**
	 * The load, if the caller may move it to {@code target} from {@code version}. The
	 * operator moves its loads on except while travelling, which the carrier reports; a
	 * shipper that sees the load moves nothing (NOT_PERMITTED), and an unseen load is
	 * NOT_FOUND.
	 */
	private LoadEntity lockable(UUID loadId, int version, LoadStatus target) {
		Tenant tenant = TenantContext.require();
		Load seen = queries.loads(List.of(loadId))
			.stream()
			.findFirst()
			.orElseThrow(() -> Refusal.of("loadId", CommonErrorCode.NOT_FOUND, "No such load"));
		boolean carrierStep = target == LoadStatus.IN_TRANSIT || target == LoadStatus.ARRIVED;
		UUID mover = carrierStep ? seen.carrierId() : seen.operatorId();
		if (!mover.equals(tenant.orgId())) {
			throw Refusal.of("loadId", CommonErrorCode.NOT_PERMITTED,
					carrierStep ? "Only the load's carrier reports it travelling and arrived"
							: "Only the load's operator moves it to " + target);
		}
		LoadEntity load = loads.findById(loadId).orElseThrow();
		if (load.version() != version) {
			throw Refusal.of("version", CommonErrorCode.CONFLICT,
					"The load changed since version " + version + "; it is at version " + load.version());
		}
		if (!load.status().canMoveTo(target)) {
			throw Refusal.of("loadId", ConsolidationErrorCode.ILLEGAL_LOAD_TRANSITION,
					"A " + load.status() + " load cannot become " + target);
		}
		return load;
	}

	private Load flushed(LoadEntity load) {
		try {
			loads.saveAndFlush(load);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw Refusal.of("version", CommonErrorCode.CONFLICT, "The load was changed concurrently; read it again");
		}
		return queries.loads(List.of(load.id())).getFirst();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
