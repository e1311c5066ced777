package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.consolidation.PlanProposal.Assignment;
import io.homeward.platform.consolidation.PlanProposal.LoadRef;
import io.homeward.platform.consolidation.PlanViolation.Kind;

/**
 * Checks a plan against its input in kilograms, cubic metres and instants, as the input
 * states them, knowing nothing of either solver: the check an edited proposal passes
 * before it is accepted.
 */
final class PlanCheck {

	private PlanCheck() {
	}

	static List<PlanViolation> violations(LoadPlanInput input, List<Assignment> assignments, Segregation segregation) {
		List<PlanViolation> violations = new ArrayList<>();
		Map<UUID, PlanParcel> parcels = new LinkedHashMap<>();
		input.parcels().forEach((parcel) -> parcels.put(parcel.id(), parcel));
		Map<UUID, CandidateLoad> loads = new LinkedHashMap<>();
		input.loads().forEach((load) -> loads.put(load.id(), load));
		Map<LoadRef, List<PlanParcel>> byLoad = new LinkedHashMap<>();
		Set<UUID> seen = new HashSet<>();
		for (Assignment assignment : assignments) {
			PlanParcel parcel = parcels.get(assignment.parcelId());
			LoadRef ref = assignment.load();
			if (parcel == null) {
				violations.add(new PlanViolation(Kind.UNKNOWN_PARCEL, assignment.parcelId(), ref, null,
						"Not an open parcel of this plan"));
				continue;
			}
			if (!seen.add(parcel.id())) {
				violations.add(new PlanViolation(Kind.PARCEL_TWICE, parcel.id(), ref, null,
						"The parcel is planned into more than one load"));
				continue;
			}
			boolean known = (ref.loadId() != null) ? loads.containsKey(ref.loadId())
					: ref.newLoad() >= 1 && ref.newLoad() <= input.newLoads().maxCount();
			if (!known) {
				violations.add(new PlanViolation(Kind.UNKNOWN_LOAD, parcel.id(), ref, null, "Not a load of this plan"));
				continue;
			}
			byLoad.computeIfAbsent(ref, (r) -> new ArrayList<>()).add(parcel);
		}
		byLoad.forEach(
				(ref, planned) -> checkLoad(input, ref, loads.get(ref.loadId()), planned, segregation, violations));
		return violations;
	}

	private static void checkLoad(LoadPlanInput input, LoadRef ref, CandidateLoad load, List<PlanParcel> planned,
			Segregation segregation, List<PlanViolation> violations) {
		NewLoads fresh = input.newLoads();
		BigDecimal kg = (load != null) ? load.loadedKg() : BigDecimal.ZERO;
		BigDecimal m3 = (load != null) ? load.loadedM3() : BigDecimal.ZERO;
		List<Packable> contents = new ArrayList<>((load != null) ? load.contents() : List.of());
		for (PlanParcel parcel : planned) {
			kg = kg.add(parcel.weightKg());
			m3 = m3.add(parcel.volumeM3());
			contents.add(parcel.packable());
			if (!PlanningProblem.inTime(parcel, (load != null) ? load.cutOff() : fresh.cutOff(),
					(load != null) ? load.departure() : fresh.departure())) {
				violations.add(new PlanViolation(Kind.MISSES_CUT_OFF, parcel.id(), ref, null,
						"Ready after the load's cut-off, or the load departs after the parcel's deadline"));
			}
		}
		BigDecimal capacityKg = (load != null) ? load.capacityKg() : fresh.capacityKg();
		BigDecimal capacityM3 = (load != null) ? load.capacityM3() : fresh.capacityM3();
		if (kg.compareTo(capacityKg) > 0) {
			violations.add(new PlanViolation(Kind.OVER_WEIGHT, null, ref, null,
					kg.toPlainString() + " kg in a load of " + capacityKg.toPlainString() + " kg"));
		}
		if (m3.compareTo(capacityM3) > 0) {
			violations.add(new PlanViolation(Kind.OVER_VOLUME, null, ref, null,
					m3.toPlainString() + " m³ in a load of " + capacityM3.toPlainString() + " m³"));
		}
		Optional<SegregationRefusal> refusal = segregation.mayShare(contents, input.lane());
		refusal.ifPresent((r) -> violations.add(new PlanViolation(Kind.SEGREGATION, null, ref, r, r.message())));
	}

}
