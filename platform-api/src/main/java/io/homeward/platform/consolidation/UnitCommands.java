package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.network.Hub;
import io.homeward.platform.network.NetworkCatalog;
import io.homeward.platform.network.Program;
import io.homeward.platform.returns.ReturnStatus;
import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.Refusal;
import io.homeward.platform.shared.UserError;
import io.homeward.platform.tenancy.IdempotencyKeys;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional part of the unit commands. Each method runs in its own transaction
 * and refuses by throwing {@link Refusal}, which rolls back what it wrote (the claimed
 * key, the allocated serial). The caller is an operator: {@link HandlingUnits} checked.
 */
@Service
@Transactional
class UnitCommands {

	static final String CREATE_OPERATION = "unitCreate";

	private final HandlingUnitRepository units;

	private final LoadRepository loads;

	private final AggregationEventRepository events;

	private final PackingFacts facts;

	private final ConsolidationQueries queries;

	private final NetworkCatalog network;

	private final IdempotencyKeys idempotencyKeys;

	private final List<SegregationCheck> segregation;

	private final Clock clock = Clock.systemUTC();

	UnitCommands(HandlingUnitRepository units, LoadRepository loads, AggregationEventRepository events,
			PackingFacts facts, ConsolidationQueries queries, NetworkCatalog network, IdempotencyKeys idempotencyKeys,
			List<SegregationCheck> segregation) {
		this.units = units;
		this.loads = loads;
		this.events = events;
		this.facts = facts;
		this.queries = queries;
		this.network = network;
		this.idempotencyKeys = idempotencyKeys;
		this.segregation = segregation;
	}

	HandlingUnit create(UnitCreate command, String fingerprint) {
		Tenant tenant = TenantContext.require();
		Optional<UUID> replayed = idempotencyKeys.replayedResult(CREATE_OPERATION, command.idempotencyKey(),
				fingerprint);
		if (replayed.isPresent()) {
			return queries.units(List.of(replayed.get())).getFirst();
		}
		List<UserError> errors = new ArrayList<>();
		Optional<Hub> hub = network.ownHub(command.hubId());
		if (hub.isEmpty()) {
			errors.add(UserError.of("hubId", CommonErrorCode.NOT_FOUND, "No such hub"));
		}
		Optional<Program> program = network.ownProgram(command.programId());
		if (program.isEmpty()) {
			errors.add(UserError.of("programId", CommonErrorCode.NOT_FOUND, "No such program"));
		}
		if (!errors.isEmpty()) {
			throw new Refusal(errors);
		}
		ConsolidationSettings settings = facts.allocateSerial(tenant.orgId())
			.orElseThrow(() -> Refusal.of("", ConsolidationErrorCode.SSCC_PREFIX_MISSING,
					"Set the organization's GS1 company prefix first (consolidationSettingsUpdate)"));
		if (settings.allocated() >= Sscc.capacity(settings.gs1CompanyPrefix())) {
			throw Refusal.of("", ConsolidationErrorCode.SSCC_EXHAUSTED,
					"Every serial reference of the GS1 company prefix is used");
		}
		Sscc sscc = Sscc.of(settings.extensionDigit(), settings.gs1CompanyPrefix(), settings.allocated());
		HandlingUnitEntity unit = units.save(new HandlingUnitEntity(tenant.orgId(), command, sscc,
				settings.resolverDomain() + "/00/" + sscc.value(), tenant.userId(), now()));
		units.flush();
		idempotencyKeys.complete(CREATE_OPERATION, command.idempotencyKey(), unit.id());
		return queries.units(List.of(unit.id())).getFirst();
	}

	/** Where the packing goes: a unit (maybe in a load) or a load itself. */
	private record Target(@Nullable HandlingUnitEntity unit, @Nullable LoadEntity load, UUID programId, UUID hubId) {

		@Nullable UUID loadId() {
			return (load != null) ? load.id() : null;
		}

	}

	Placement pack(UnitPack command) {
		Tenant tenant = TenantContext.require();
		OffsetDateTime now = now();
		Target target = target(command, now);
		List<SegregationCheck.Goods> packed;
		BigDecimal[] adding;
		if (command.unitId() != null) {
			HandlingUnitEntity child = units.findById(command.unitId())
				.orElseThrow(() -> Refusal.of("unitId", CommonErrorCode.NOT_FOUND, "No such unit"));
			if (child.parentUnitId() != null || child.loadId() != null) {
				throw Refusal.of("unitId", ConsolidationErrorCode.ALREADY_PACKED, "The unit is packed already");
			}
			if (target.unit() != null && !child.kind().fitsInto(target.unit().kind())) {
				throw Refusal.of("unitId", ConsolidationErrorCode.NESTING_NOT_ALLOWED,
						"A " + child.kind() + " does not go into a " + target.unit().kind());
			}
			sameProgramAndHub("unitId", target, child.programId(), child.hubId());
			List<UUID> subtree = facts.subtree(child.id());
			packed = facts.goodsInUnits(subtree);
			adding = facts.loadedInUnits(subtree);
			checkTogether(target, packed, adding, "unitId");
			child.packInto((target.unit() != null) ? target.unit().id() : null, now);
			units.flush();
			if (target.load() != null) {
				facts.moveSubtree(tenant.orgId(), subtree, null, target.load().id(), carrierOf(target));
			}
			record(tenant, AggregationEventEntity.Action.ADD, target, child.id(), null, null, now);
		}
		else {
			UUID parcelId = command.parcelId();
			PackingFacts.ParcelFacts parcel = (parcelId != null) ? facts.parcel(parcelId).orElse(null) : null;
			if (parcel == null) {
				throw Refusal.of("parcelId", CommonErrorCode.NOT_FOUND, "No such parcel");
			}
			if (target.unit() == null) {
				throw Refusal.of("into", ConsolidationErrorCode.NESTING_NOT_ALLOWED,
						"Parcels go into units, units into loads");
			}
			if (facts.packed(parcel.parcelId())) {
				throw Refusal.of("parcelId", ConsolidationErrorCode.ALREADY_PACKED, "The parcel is packed already");
			}
			if (parcel.returnStatus() != ReturnStatus.APPROVED) {
				throw Refusal.of("parcelId", ConsolidationErrorCode.RETURN_NOT_APPROVED,
						"The parcel's return is " + parcel.returnStatus() + ", not APPROVED");
			}
			if (!parcel.programId().equals(target.programId())) {
				throw Refusal.of("parcelId", ConsolidationErrorCode.PROGRAM_MISMATCH,
						"The parcel's return is in another program than the unit");
			}
			Hub hub = network.hub(target.hubId()).orElseThrow();
			if (!hub.countryCode().equals(parcel.originCountry())) {
				throw Refusal.of("parcelId", ConsolidationErrorCode.HUB_MISMATCH, "The parcel's return starts in "
						+ parcel.originCountry() + ", which hub " + hub.code() + " does not collect from");
			}
			packed = List.of(new SegregationCheck.Goods(parcel.parcelId(), parcel.unNumbers(), parcel.lithiumKg()));
			adding = new BigDecimal[] { parcel.weightKg(), parcel.volumeM3() };
			checkTogether(target, packed, adding, "parcelId");
			facts.placeParcel(tenant.orgId(), parcel, target.unit().id(), target.loadId(), carrierOf(target), now);
			record(tenant, AggregationEventEntity.Action.ADD, target, null, parcel.parcelId(), parcel.shipperId(), now);
		}
		return placement(target);
	}

	Placement unpack(UnitUnpack command) {
		Tenant tenant = TenantContext.require();
		OffsetDateTime now = now();
		if (command.unitId() != null) {
			HandlingUnitEntity child = units.findById(command.unitId())
				.orElseThrow(() -> Refusal.of("unitId", CommonErrorCode.NOT_FOUND, "No such unit"));
			if (child.parentUnitId() == null && child.loadId() == null) {
				throw Refusal.of("unitId", ConsolidationErrorCode.NOT_PACKED, "The unit is not packed");
			}
			Target from = from(child.parentUnitId(), child.loadId(), "unitId");
			List<UUID> subtree = facts.subtree(child.id());
			child.packInto(null, now);
			units.flush();
			if (from.load() != null) {
				// Leaving its parent takes the unit out of the load too.
				facts.moveSubtree(tenant.orgId(), subtree, from.load().id(), null, null);
			}
			record(tenant, AggregationEventEntity.Action.DELETE, from, child.id(), null, null, now);
			return placement(from);
		}
		UUID parcelId = command.parcelId();
		LoadParcel parcel = (parcelId != null) ? queries.packedParcel(parcelId).orElse(null) : null;
		if (parcel == null) {
			throw Refusal.of("parcelId", ConsolidationErrorCode.NOT_PACKED, "The parcel is not packed");
		}
		Target from = from(parcel.unitId(), parcel.loadId(), "parcelId");
		facts.removeParcel(parcel.parcelId());
		if (from.load() != null) {
			facts.countShipper(tenant.orgId(), from.load().id(), parcel.shipperId(), -1);
		}
		record(tenant, AggregationEventEntity.Action.DELETE, from, null, parcel.parcelId(), parcel.shipperId(), now);
		return placement(from);
	}

	HandlingUnit seal(UnitSeal command) {
		HandlingUnitEntity unit = units.findById(command.unitId())
			.orElseThrow(() -> Refusal.of("unitId", CommonErrorCode.NOT_FOUND, "No such unit"));
		if (command.sealNumber() != null) {
			if (unit.status() == UnitStatus.CLOSED) {
				throw Refusal.of("unitId", ConsolidationErrorCode.UNIT_CLOSED, "The unit is closed already");
			}
			unit.close(command.sealNumber(), now());
		}
		else {
			if (unit.status() == UnitStatus.OPEN) {
				throw Refusal.of("unitId", ConsolidationErrorCode.UNIT_OPEN, "The unit is not closed");
			}
			if (unit.loadId() != null) {
				LoadStatus status = loads.findById(unit.loadId()).orElseThrow().status();
				if (status == LoadStatus.CLOSED || status == LoadStatus.DISPATCHED || status == LoadStatus.IN_TRANSIT) {
					throw Refusal.of("unitId", ConsolidationErrorCode.LOAD_NOT_PLANNING,
							"A unit is not reopened while its load is " + status);
				}
			}
			unit.reopen(command.reason(), now());
		}
		units.flush();
		return queries.units(List.of(unit.id())).getFirst();
	}

	private Target target(UnitPack command, OffsetDateTime now) {
		if (command.intoUnitId() != null) {
			HandlingUnitEntity parent = units.findById(command.intoUnitId())
				.orElseThrow(() -> Refusal.of("into", CommonErrorCode.NOT_FOUND, "No such unit or load"));
			if (parent.status() == UnitStatus.CLOSED) {
				throw Refusal.of("into", ConsolidationErrorCode.UNIT_CLOSED,
						"The unit is closed: reopen it before packing into it");
			}
			LoadEntity load = (parent.loadId() != null) ? plannable(parent.loadId(), now) : null;
			return new Target(parent, load, parent.programId(), parent.hubId());
		}
		LoadEntity load = plannable(command.intoLoadId(), now);
		return new Target(null, load, load.programId(), load.originHubId());
	}

	private LoadEntity plannable(@Nullable UUID loadId, OffsetDateTime now) {
		LoadEntity load = (loadId != null) ? loads.findById(loadId).orElse(null) : null;
		if (load == null) {
			throw Refusal.of("into", CommonErrorCode.NOT_FOUND, "No such unit or load");
		}
		if (load.status() != LoadStatus.PLANNING) {
			throw Refusal.of("into", ConsolidationErrorCode.LOAD_NOT_PLANNING,
					"The load is " + load.status() + ": its contents are fixed");
		}
		if (now.isAfter(load.cutoffAt())) {
			throw Refusal.of("into", ConsolidationErrorCode.CUTOFF_PASSED, "The load's cut-off has passed");
		}
		return load;
	}

	/**
	 * Where a child is taken out of: its unit must be open and its load still planned.
	 */
	private Target from(@Nullable UUID parentUnitId, @Nullable UUID loadId, String field) {
		HandlingUnitEntity parent = (parentUnitId != null) ? units.findById(parentUnitId).orElseThrow() : null;
		if (parent != null && parent.status() == UnitStatus.CLOSED) {
			throw Refusal.of(field, ConsolidationErrorCode.UNIT_CLOSED, "The unit it is in is closed: reopen it first");
		}
		LoadEntity load = (loadId != null) ? loads.findById(loadId).orElseThrow() : null;
		if (load != null && load.status() != LoadStatus.PLANNING) {
			throw Refusal.of(field, ConsolidationErrorCode.LOAD_NOT_PLANNING,
					"The load is " + load.status() + ": its contents are fixed");
		}
		return (parent != null) ? new Target(parent, load, parent.programId(), parent.hubId())
				: new Target(null, load, load.programId(), load.originHubId());
	}

	private void sameProgramAndHub(String field, Target target, UUID programId, UUID hubId) {
		if (!programId.equals(target.programId())) {
			throw Refusal.of(field, ConsolidationErrorCode.PROGRAM_MISMATCH,
					"The unit belongs to another program than where it goes");
		}
		if (!hubId.equals(target.hubId())) {
			throw Refusal.of(field, ConsolidationErrorCode.HUB_MISMATCH,
					"The unit is at another hub than where it goes");
		}
	}

	/**
	 * Capacity of the load, then the dangerous-goods check, against what travels
	 * together. A load too full is the target's refusal ({@code into}); goods that may
	 * not travel with what is there are the refusal of what is packed, on
	 * {@code packedField}, the input field that named it.
	 */
	private void checkTogether(Target target, List<SegregationCheck.Goods> packed, BigDecimal[] adding,
			String packedField) {
		List<SegregationCheck.Goods> together;
		UUID laneId = null;
		if (target.load() != null) {
			LoadEntity load = target.load();
			BigDecimal[] loaded = facts.loadedInLoad(load.id());
			if (loaded[0].add(adding[0]).compareTo(load.capacityKg()) > 0
					|| loaded[1].add(adding[1]).compareTo(load.capacityM3()) > 0) {
				throw Refusal.of("into", ConsolidationErrorCode.CAPACITY_EXCEEDED,
						"The load would carry " + loaded[0].add(adding[0]).stripTrailingZeros().toPlainString()
								+ " kg and " + loaded[1].add(adding[1]).stripTrailingZeros().toPlainString()
								+ " m³; it takes " + load.capacityKg().stripTrailingZeros().toPlainString() + " kg and "
								+ load.capacityM3().stripTrailingZeros().toPlainString() + " m³");
			}
			together = facts.goodsInLoad(load.id());
			laneId = load.laneId();
		}
		else {
			together = facts.goodsInUnits(facts.subtree(facts.root(target.unit().id())));
		}
		for (SegregationCheck check : segregation) {
			Optional<UserError> refusal = check.check(laneId, packed, together);
			if (refusal.isPresent()) {
				throw new Refusal(List.of(refusal.get().under(packedField)));
			}
		}
	}

	private static @Nullable UUID carrierOf(Target target) {
		return (target.load() != null) ? target.load().carrierId() : null;
	}

	private void record(Tenant tenant, AggregationEventEntity.Action action, Target parent, @Nullable UUID childUnit,
			@Nullable UUID childParcel, @Nullable UUID shipper, OffsetDateTime now) {
		UUID parentUnit = (parent.unit() != null) ? parent.unit().id() : null;
		UUID parentLoad = (parentUnit == null && parent.load() != null) ? parent.load().id() : null;
		events.save(new AggregationEventEntity(tenant.orgId(), action, parentUnit, parentLoad, childUnit, childParcel,
				shipper, carrierOf(parent), tenant.userId(), now));
		events.flush();
	}

	private Placement placement(Target target) {
		HandlingUnit unit = (target.unit() != null) ? queries.units(List.of(target.unit().id())).getFirst() : null;
		Load load = (target.load() != null) ? queries.loads(List.of(target.load().id())).getFirst() : null;
		return new Placement(unit, load);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
	}

}
