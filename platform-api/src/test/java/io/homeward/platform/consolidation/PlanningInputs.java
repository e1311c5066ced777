package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.homeward.platform.shared.UnNumber;

/**
 * Random but seeded planning inputs: parcels of returns-like sizes, a few with dangerous
 * goods, some loads already partly full, ready times and deadlines around the cut-offs.
 * The same seed gives the same input.
 */
final class PlanningInputs {

	static final Instant MONDAY = Instant.parse("2026-12-07T08:00:00Z");

	static final String[] UN_NUMBERS = { "3480", "3481", "3090", "3091", "1263", "1266", "1993", "1325", "1361", "1415",
			"1479", "1942", "2014", "0336", "2794", "3077", "1950" };

	static final Segregation SEGREGATION = Segregation.standard();

	private PlanningInputs() {
	}

	/** A small input for properties: up to 40 parcels, a few loads. */
	static LoadPlanInput small(long seed) {
		Random random = new Random(seed);
		int parcels = 1 + random.nextInt(40);
		BigDecimal capacityKg = BigDecimal.valueOf(150 + random.nextInt(400));
		BigDecimal capacityM3 = BigDecimal.valueOf(1 + random.nextInt(4));
		return input(random, parcels, 0.15, 2 + random.nextInt(6), capacityKg, capacityM3, random.nextInt(3), true);
	}

	/**
	 * A hub's day: {@code parcels} returns, 3 % of them dangerous goods, vans of 1.2 t
	 * and 10 m³.
	 */
	static LoadPlanInput day(long seed, int parcels) {
		Random random = new Random(seed);
		BigDecimal capacityKg = new BigDecimal("1200");
		BigDecimal capacityM3 = new BigDecimal("10");
		int expected = (int) Math.ceil(parcels * 6.5 / 1200.0);
		return input(random, parcels, 0.03, expected * 2 + 4, capacityKg, capacityM3, 2, false);
	}

	private static LoadPlanInput input(Random random, int parcelCount, double hazardous, int newLoads,
			BigDecimal capacityKg, BigDecimal capacityM3, int existingLoads, boolean tight) {
		List<PlanParcel> parcels = new ArrayList<>();
		for (int i = 0; i < parcelCount; i++) {
			parcels.add(parcel(random, hazardous, tight));
		}
		LaneLimits lane = random.nextInt(4) == 0 ? LaneLimits.NO_LITHIUM
				: new LaneLimits(true, BigDecimal.valueOf(5 + random.nextInt(40)));
		List<CandidateLoad> loads = new ArrayList<>();
		for (int i = 0; i < existingLoads; i++) {
			List<Packable> contents = new ArrayList<>();
			BigDecimal loadedKg = BigDecimal.ZERO;
			BigDecimal loadedM3 = BigDecimal.ZERO;
			int already = random.nextInt(4);
			for (int j = 0; j < already; j++) {
				PlanParcel in = parcel(random, hazardous, tight);
				Packable packable = new Packable(in.id().toString(), in.goods());
				List<Packable> with = new ArrayList<>(contents);
				with.add(packable);
				// A load in PLANNING carries only what segregation let into it.
				if (SEGREGATION.mayShare(with, lane).isPresent()) {
					continue;
				}
				contents.add(packable);
				loadedKg = loadedKg.add(in.weightKg());
				loadedM3 = loadedM3.add(in.volumeM3());
			}
			Instant cutOff = MONDAY.plus(Duration.ofHours(2 + random.nextInt(20)));
			loads.add(new CandidateLoad(uuid(random), capacityKg, capacityM3, loadedKg, loadedM3, contents, cutOff,
					cutOff.plus(Duration.ofHours(2))));
		}
		Instant cutOff = MONDAY.plus(Duration.ofHours(12));
		NewLoads fresh = new NewLoads(newLoads, capacityKg, capacityM3, cutOff, cutOff.plus(Duration.ofHours(2)));
		return new LoadPlanInput(uuid(random), uuid(random), parcels, loads, fresh, lane);
	}

	private static PlanParcel parcel(Random random, double hazardous, boolean tight) {
		// Returns are mostly small: weight log-normal around 3 kg, capped at 31.5 kg
		// (courier
		// limit); density between 80 and 400 kg/m³.
		double kg = Math.min(31.5, Math.max(0.1, Math.exp(1.1 + 0.9 * random.nextGaussian())));
		double density = 80 + random.nextDouble() * 320;
		BigDecimal weightKg = BigDecimal.valueOf(kg).setScale(3, RoundingMode.HALF_UP);
		BigDecimal volumeM3 = BigDecimal.valueOf(kg / density).setScale(6, RoundingMode.HALF_UP);
		DangerousGoods goods = DangerousGoods.NONE;
		if (random.nextDouble() < hazardous) {
			String un = UN_NUMBERS[random.nextInt(UN_NUMBERS.length)];
			BigDecimal itemKg = weightKg.multiply(BigDecimal.valueOf(0.2 + 0.8 * random.nextDouble()))
				.setScale(3, RoundingMode.HALF_UP);
			goods = SegregationTable.standard().classify(List.of(new HazardousItem(new UnNumber(un), itemKg)));
		}
		// Tight: ready times past the new loads' cut-off and deadlines before some
		// departures.
		// Otherwise a day's parcels are all in before the cut-off, a few with deadlines.
		Instant readyAt = MONDAY.plus(Duration.ofHours(random.nextInt(tight ? 16 : 11)));
		Instant deadline = (random.nextInt(tight ? 5 : 50) == 0) ? readyAt.plus(Duration.ofHours(random.nextInt(12)))
				: null;
		return new PlanParcel(uuid(random), uuid(random), weightKg, volumeM3, goods, readyAt, deadline);
	}

	private static UUID uuid(Random random) {
		return new UUID(random.nextLong(), random.nextLong());
	}

}
