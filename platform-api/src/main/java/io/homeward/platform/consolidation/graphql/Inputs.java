package io.homeward.platform.consolidation.graphql;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.consolidation.AllocationMethod;
import io.homeward.platform.consolidation.HandlingUnit;
import io.homeward.platform.consolidation.LoadCostRecord;
import io.homeward.platform.consolidation.LoadPlanAccept;
import io.homeward.platform.consolidation.LoadPlanRequest;
import io.homeward.platform.consolidation.StoredProposal;
import io.homeward.platform.consolidation.Load;
import io.homeward.platform.consolidation.LoadCreate;
import io.homeward.platform.consolidation.LoadFilter;
import io.homeward.platform.consolidation.LoadReceive;
import io.homeward.platform.consolidation.LoadStatus;
import io.homeward.platform.consolidation.LoadTransition;
import io.homeward.platform.consolidation.ProgramCostSharingSet;
import io.homeward.platform.consolidation.ReceiptOutcome;
import io.homeward.platform.consolidation.SettingsUpdate;
import io.homeward.platform.consolidation.UnitCreate;
import io.homeward.platform.consolidation.UnitKind;
import io.homeward.platform.consolidation.UnitPack;
import io.homeward.platform.consolidation.UnitSeal;
import io.homeward.platform.consolidation.UnitUnpack;
import io.homeward.platform.network.Program;
import io.homeward.platform.shared.GlobalId;
import org.jspecify.annotations.Nullable;

/** The ids of other modules' types the inputs name. */
final class Types {

	static final String HUB = "Hub";

	static final String PROGRAM = "Program";

	static final String LANE = "Lane";

	static final String PARCEL = "Parcel";

	static final String ORGANIZATION = "Organization";

	private Types() {
	}

	static @Nullable UUID optional(@Nullable String id, String type) {
		return (id != null) ? GlobalId.decodeOrNone(id, type) : null;
	}

}

record LoadFilterInput(@Nullable List<LoadStatus> status, @Nullable String programId, @Nullable String laneId,
		@Nullable String carrierId, @Nullable OffsetDateTime departureFrom, @Nullable OffsetDateTime departureTo) {

	LoadFilter toFilter() {
		return new LoadFilter(status, Types.optional(programId, Types.PROGRAM), Types.optional(laneId, Types.LANE),
				Types.optional(carrierId, Types.ORGANIZATION), departureFrom, departureTo);
	}

}

record ConsolidationSettingsInput(String gs1CompanyPrefix, @Nullable Integer extensionDigit,
		@Nullable String resolverDomain) {

	SettingsUpdate toCommand() {
		return new SettingsUpdate(gs1CompanyPrefix, (extensionDigit != null) ? extensionDigit : 0, resolverDomain);
	}

}

record UnitCreateInput(String idempotencyKey, UnitKind kind, String hubId, String programId) {

	UnitCreate toCommand() {
		return new UnitCreate(idempotencyKey, kind, GlobalId.decodeOrNone(hubId, Types.HUB),
				GlobalId.decodeOrNone(programId, Types.PROGRAM));
	}

}

record UnitPackInput(String into, @Nullable String unitId, @Nullable String parcelId) {

	/**
	 * {@code into} names a unit or a load; an id of neither is a unit that does not
	 * exist.
	 */
	UnitPack toCommand() {
		Optional<GlobalId> target = GlobalId.decode(into);
		boolean load = target.filter((id) -> id.type().equals(Load.TYPE)).isPresent();
		UUID unit = load ? null : GlobalId.decodeOrNone(into, HandlingUnit.TYPE);
		return new UnitPack(unit, load ? target.get().uuid() : null, Types.optional(unitId, HandlingUnit.TYPE),
				Types.optional(parcelId, Types.PARCEL));
	}

}

record UnitUnpackInput(@Nullable String unitId, @Nullable String parcelId) {

	UnitUnpack toCommand() {
		return new UnitUnpack(Types.optional(unitId, HandlingUnit.TYPE), Types.optional(parcelId, Types.PARCEL));
	}

}

record UnitCloseInput(String unitId, String sealNumber) {

	UnitSeal toCommand() {
		return new UnitSeal(GlobalId.decodeOrNone(unitId, HandlingUnit.TYPE), sealNumber, null);
	}

}

record UnitReopenInput(String unitId, String reason) {

	UnitSeal toCommand() {
		return new UnitSeal(GlobalId.decodeOrNone(unitId, HandlingUnit.TYPE), null, reason);
	}

}

record LoadCreateInput(String idempotencyKey, String reference, String programId, String laneId,
		OffsetDateTime cutoffAt, OffsetDateTime departureAt, BigDecimal capacityKg, BigDecimal capacityM3) {

	LoadCreate toCommand() {
		return new LoadCreate(idempotencyKey, reference, GlobalId.decodeOrNone(programId, Types.PROGRAM),
				GlobalId.decodeOrNone(laneId, Types.LANE), cutoffAt, departureAt, capacityKg, capacityM3);
	}

}

record LoadTransitionInput(String loadId, int version) {

	LoadTransition toCommand(LoadStatus target) {
		return new LoadTransition(GlobalId.decodeOrNone(loadId, Load.TYPE), version, target, null);
	}

}

record LoadCloseInput(String loadId, int version, String sealNumber) {

	LoadTransition toCommand() {
		return new LoadTransition(GlobalId.decodeOrNone(loadId, Load.TYPE), version, LoadStatus.CLOSED, sealNumber);
	}

}

record LoadReceiveInput(String loadId, int version, @Nullable String arrivalSeal, @Nullable Boolean sealBroken,
		List<ReceiptLineInput> lines, @Nullable List<UnexpectedParcelInput> unexpected) {

	LoadReceive toCommand() {
		return new LoadReceive(GlobalId.decodeOrNone(loadId, Load.TYPE), version, arrivalSeal,
				Boolean.TRUE.equals(sealBroken),
				lines.stream()
					.map((line) -> new LoadReceive.Line(GlobalId.decodeOrNone(line.parcelId(), Types.PARCEL),
							line.outcome(), line.note(), (line.photoRefs() != null) ? line.photoRefs() : List.of()))
					.toList(),
				(unexpected != null) ? unexpected.stream()
					.map((u) -> new LoadReceive.Unexpected(u.reference(), u.note(),
							(u.photoRefs() != null) ? u.photoRefs() : List.of()))
					.toList() : List.of());
	}

}

record ReceiptLineInput(String parcelId, ReceiptOutcome outcome, @Nullable String note,
		@Nullable List<String> photoRefs) {

}

record UnexpectedParcelInput(String reference, @Nullable String note, @Nullable List<String> photoRefs) {

}

record LoadCostRecordInput(String loadId, BigDecimal amount, String currency, String invoiceReference,
		@Nullable AllocationMethod method, @Nullable BigDecimal tolerancePercent) {

	LoadCostRecord toCommand() {
		return new LoadCostRecord(GlobalId.decodeOrNone(loadId, Load.TYPE), amount, currency, invoiceReference, method,
				tolerancePercent);
	}

}

record LoadPlanInput(String hubId, String programId, @Nullable String laneId, @Nullable Integer timeLimitSeconds,
		int maxNewLoads, BigDecimal newLoadCapacityKg, BigDecimal newLoadCapacityM3, OffsetDateTime newLoadCutoffAt,
		OffsetDateTime newLoadDepartureAt) {

	LoadPlanRequest toCommand() {
		return new LoadPlanRequest(GlobalId.decodeOrNone(hubId, Types.HUB),
				GlobalId.decodeOrNone(programId, Types.PROGRAM),
				(laneId != null) ? GlobalId.decodeOrNone(laneId, Types.LANE) : null, timeLimitSeconds,
				newLoadCapacityKg, newLoadCapacityM3, newLoadCutoffAt, newLoadDepartureAt, maxNewLoads);
	}

}

record LoadPlanAcceptInput(String proposalId, @Nullable List<PlanMoveInput> edits) {

	LoadPlanAccept toCommand() {
		return new LoadPlanAccept(GlobalId.decodeOrNone(proposalId, StoredProposal.TYPE),
				(edits != null) ? edits.stream()
					.map((e) -> new LoadPlanAccept.Move(GlobalId.decodeOrNone(e.parcelId(), Types.PARCEL),
							(e.loadId() != null) ? GlobalId.decodeOrNone(e.loadId(), Load.TYPE) : null, e.newLoad()))
					.toList() : List.of());
	}

}

record PlanMoveInput(String parcelId, @Nullable String loadId, @Nullable Integer newLoad) {

}

record ProgramCostSharingInput(String programId, AllocationMethod method) {

	ProgramCostSharingSet toCommand() {
		return new ProgramCostSharingSet(GlobalId.decodeOrNone(programId, Program.TYPE), method);
	}

}
