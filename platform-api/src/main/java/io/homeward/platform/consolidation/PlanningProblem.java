package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.homeward.platform.consolidation.PlanProposal.LoadRef;
import org.jspecify.annotations.Nullable;

/**
 * A planning input in integers, as both solvers see it: grams and cubic centimetres,
 * parcels rounded up and capacities down, so that what fits here fits in kilograms and
 * cubic metres too; loads in one fixed order (existing loads by departure, cut-off and
 * id, then the new ones); and for every parcel and load whether the parcel may go there
 * at all (in time, on the lane, with what the load already carries, and small enough).
 */
final class PlanningProblem {

	static final BigDecimal GRAMS = BigDecimal.valueOf(1000);

	static final BigDecimal CUBIC_CENTIMETRES = BigDecimal.valueOf(1_000_000);

	final LoadPlanInput input;

	final List<PlanParcel> parcels;

	final int parcelCount;

	final int slotCount;

	final long[] weight;

	final long[] volume;

	final long[] lithium;

	final boolean[] hazardous;

	final Packable[] packables;

	final LoadRef[] slots;

	final @Nullable CandidateLoad[] existing;

	final long[] capacityWeight;

	final long[] capacityVolume;

	/** What a load carried before planning. */
	final long[] loadedWeight;

	final long[] loadedVolume;

	final long[] lithiumRoom;

	final boolean[] carriesSomething;

	/** First slot of the new loads; those after it are alike. */
	final int firstNew;

	final boolean[][] eligible;

	final boolean[][] inTime;

	final @Nullable SegregationRefusal[] refusedAlone;

	/**
	 * For each parcel and load in time, why what the load carries refuses it, if it does.
	 */
	final @Nullable SegregationRefusal[][] refusedByContents;

	final Segregation segregation;

	PlanningProblem(LoadPlanInput input, Segregation segregation) {
		this.input = input;
		this.segregation = segregation;
		this.parcels = input.parcels();
		this.parcelCount = parcels.size();
		List<CandidateLoad> loads = new ArrayList<>(input.loads());
		loads.sort(Comparator.comparing(CandidateLoad::departure)
			.thenComparing(CandidateLoad::cutOff)
			.thenComparing(CandidateLoad::id));
		NewLoads fresh = input.newLoads();
		this.firstNew = loads.size();
		this.slotCount = loads.size() + fresh.maxCount();
		this.slots = new LoadRef[slotCount];
		this.existing = new CandidateLoad[slotCount];
		this.capacityWeight = new long[slotCount];
		this.capacityVolume = new long[slotCount];
		this.loadedWeight = new long[slotCount];
		this.loadedVolume = new long[slotCount];
		this.lithiumRoom = new long[slotCount];
		this.carriesSomething = new boolean[slotCount];
		long laneLithium = down(input.lane().maxLithiumKgPerLoad(), GRAMS);
		for (int l = 0; l < slotCount; l++) {
			if (l < firstNew) {
				CandidateLoad load = loads.get(l);
				existing[l] = load;
				slots[l] = LoadRef.existing(load.id());
				capacityWeight[l] = down(load.capacityKg(), GRAMS);
				capacityVolume[l] = down(load.capacityM3(), CUBIC_CENTIMETRES);
				loadedWeight[l] = up(load.loadedKg(), GRAMS);
				loadedVolume[l] = up(load.loadedM3(), CUBIC_CENTIMETRES);
				long carriedLithium = load.contents().stream().mapToLong((p) -> up(p.goods().lithiumKg(), GRAMS)).sum();
				lithiumRoom[l] = Math.max(0, laneLithium - carriedLithium);
				carriesSomething[l] = load.carriesSomething();
			}
			else {
				slots[l] = LoadRef.opened(l - firstNew + 1);
				capacityWeight[l] = down(fresh.capacityKg(), GRAMS);
				capacityVolume[l] = down(fresh.capacityM3(), CUBIC_CENTIMETRES);
				lithiumRoom[l] = laneLithium;
			}
		}
		this.weight = new long[parcelCount];
		this.volume = new long[parcelCount];
		this.lithium = new long[parcelCount];
		this.hazardous = new boolean[parcelCount];
		this.packables = new Packable[parcelCount];
		this.refusedAlone = new SegregationRefusal[parcelCount];
		this.refusedByContents = new SegregationRefusal[parcelCount][slotCount];
		this.eligible = new boolean[parcelCount][slotCount];
		this.inTime = new boolean[parcelCount][slotCount];
		for (int p = 0; p < parcelCount; p++) {
			PlanParcel parcel = parcels.get(p);
			weight[p] = up(parcel.weightKg(), GRAMS);
			volume[p] = up(parcel.volumeM3(), CUBIC_CENTIMETRES);
			lithium[p] = up(parcel.goods().lithiumKg(), GRAMS);
			hazardous[p] = !parcel.goods().isNone();
			packables[p] = parcel.packable();
			refusedAlone[p] = segregation.alone(packables[p], input.lane()).orElse(null);
			for (int l = 0; l < slotCount; l++) {
				inTime[p][l] = inTime(parcel, l < firstNew ? existing[l].cutOff() : fresh.cutOff(),
						l < firstNew ? existing[l].departure() : fresh.departure());
				if (!inTime[p][l] || refusedAlone[p] != null) {
					continue;
				}
				if (l < firstNew) {
					for (Packable content : existing[l].contents()) {
						Optional<SegregationRefusal> refusal = segregation.together(packables[p], content);
						if (refusal.isPresent()) {
							refusedByContents[p][l] = refusal.get();
							break;
						}
					}
				}
				eligible[p][l] = refusedByContents[p][l] == null && fitsEmpty(p, l);
			}
		}
	}

	/**
	 * The cut-off rule: into a load only if the parcel is ready by its cut-off and the
	 * load leaves no later than the parcel's deadline.
	 */
	static boolean inTime(PlanParcel parcel, java.time.Instant cutOff, java.time.Instant departure) {
		return !parcel.readyAt().isAfter(cutOff)
				&& (parcel.deadline() == null || !departure.isAfter(parcel.deadline()));
	}

	boolean fitsEmpty(int p, int l) {
		return loadedWeight[l] + weight[p] <= capacityWeight[l] && loadedVolume[l] + volume[p] <= capacityVolume[l]
				&& lithium[p] <= lithiumRoom[l];
	}

	/**
	 * Whether two parcels may share a load; two parcels without dangerous goods always
	 * may.
	 */
	boolean compatible(int p, int q) {
		return (!hazardous[p] && !hazardous[q]) || segregation.together(packables[p], packables[q]).isEmpty();
	}

	static long up(BigDecimal value, BigDecimal unit) {
		return value.multiply(unit).setScale(0, RoundingMode.CEILING).longValueExact();
	}

	static long down(BigDecimal value, BigDecimal unit) {
		return value.multiply(unit).setScale(0, RoundingMode.FLOOR).longValueExact();
	}

	/** A plan: for each parcel its slot, or -1 when it stays open. */
	record Plan(int[] slotOf) {

		boolean used(PlanningProblem problem, int l) {
			if (problem.carriesSomething[l]) {
				return true;
			}
			for (int slot : slotOf) {
				if (slot == l) {
					return true;
				}
			}
			return false;
		}

		int loadsUsed(PlanningProblem problem) {
			boolean[] used = usedSlots(problem);
			int count = 0;
			for (boolean u : used) {
				count += u ? 1 : 0;
			}
			return count;
		}

		boolean[] usedSlots(PlanningProblem problem) {
			boolean[] used = problem.carriesSomething.clone();
			for (int slot : slotOf) {
				if (slot >= 0) {
					used[slot] = true;
				}
			}
			return used;
		}

		int unplanned() {
			int count = 0;
			for (int slot : slotOf) {
				count += (slot < 0) ? 1 : 0;
			}
			return count;
		}

	}

}
