package io.homeward.platform.sustainability;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.homeward.platform.network.Lane.TransportMode;
import io.homeward.platform.shared.rules.CsvTable;

/**
 * The emission factors ({@code emission-factors.csv}), the distance adjustments per mode
 * ({@code distance-adjustments.csv}) and the mode a parcel would take alone
 * ({@code stand-alone-modes.csv}), read once. Every mode has an adjustment and a mode to
 * compare with, and every mode a leg can travel has a factor from the first day a load
 * can have left; a table that breaks this fails with its line.
 */
final class EmissionFactors {

	static final String FACTORS = "sustainability/emission-factors.csv";

	static final String ADJUSTMENTS = "sustainability/distance-adjustments.csv";

	static final String ALONE = "sustainability/stand-alone-modes.csv";

	/** A mode's stand-alone comparison, with why. */
	record StandAlone(TransportMode mode, String source) {

	}

	private final List<EmissionFactor> factors;

	private final Map<TransportMode, DistanceAdjustment> adjustments;

	private final Map<TransportMode, StandAlone> alone;

	private EmissionFactors(List<EmissionFactor> factors, Map<TransportMode, DistanceAdjustment> adjustments,
			Map<TransportMode, StandAlone> alone) {
		this.factors = factors;
		this.adjustments = adjustments;
		this.alone = alone;
	}

	static EmissionFactors shipped() {
		return read(CsvTable.resource(FACTORS), CsvTable.resource(ADJUSTMENTS), CsvTable.resource(ALONE));
	}

	static EmissionFactors read(Reader factorTable, Reader adjustmentTable, Reader aloneTable) {
		List<EmissionFactor> factors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		CsvTable.read(FACTORS, factorTable, 9, (row) -> {
			EmissionFactor factor = new EmissionFactor(row.get(0), TransportMode.valueOf(row.get(1)), row.get(2),
					new BigDecimal(row.get(3)), new BigDecimal(row.get(4)), LocalDate.parse(row.get(5)), row.get(6),
					row.get(7).isEmpty() ? null : TransportMode.valueOf(row.get(7)), row.source());
			if (!factor.key().matches("[A-Z0-9-]{2,40}")) {
				throw new IllegalArgumentException("a key is upper-case letters, digits and dashes: " + factor.key());
			}
			if (!seen.add(factor.key() + "@" + factor.validFrom())) {
				throw new IllegalArgumentException("listed twice: " + factor.key() + " from " + factor.validFrom());
			}
			if (factor.usedFor() != null && factor.usedFor() != factor.mode()
					&& !(factor.usedFor() == TransportMode.PARCEL && factor.mode() == TransportMode.ROAD)) {
				throw new IllegalArgumentException("a " + factor.mode() + " factor measures no " + factor.usedFor());
			}
			factors.add(factor);
		});
		Map<TransportMode, DistanceAdjustment> adjustments = new EnumMap<>(TransportMode.class);
		CsvTable.read(ADJUSTMENTS, adjustmentTable, 4, (row) -> {
			DistanceAdjustment adjustment = new DistanceAdjustment(TransportMode.valueOf(row.get(0)),
					new BigDecimal(row.get(1)), new BigDecimal(row.get(2)), row.source());
			if (adjustment.factor().compareTo(BigDecimal.ONE) < 0 || adjustment.addedKm().signum() < 0) {
				throw new IllegalArgumentException("an adjustment never shortens the great circle");
			}
			if (adjustments.put(adjustment.mode(), adjustment) != null) {
				throw new IllegalArgumentException("listed twice: " + adjustment.mode());
			}
		});
		Map<TransportMode, StandAlone> alone = new EnumMap<>(TransportMode.class);
		CsvTable.read(ALONE, aloneTable, 3, (row) -> {
			if (alone.put(TransportMode.valueOf(row.get(0)),
					new StandAlone(TransportMode.valueOf(row.get(1)), row.source())) != null) {
				throw new IllegalArgumentException("listed twice: " + row.get(0));
			}
		});
		EmissionFactors table = new EmissionFactors(List.copyOf(factors), adjustments, alone);
		for (TransportMode mode : TransportMode.values()) {
			if (!adjustments.containsKey(mode) || !alone.containsKey(mode)) {
				throw new IllegalStateException("no adjustment or stand-alone mode for " + mode);
			}
			if (table.forMode(mode, FIRST_DAY).isEmpty()) {
				throw new IllegalStateException("no factor measures " + mode + " legs from " + FIRST_DAY);
			}
		}
		return table;
	}

	/** The first day a table must cover: before any load of the platform left. */
	static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

	/** The factor that measures a mode's legs on a day: the latest valid then. */
	Optional<EmissionFactor> forMode(TransportMode mode, LocalDate on) {
		return factors.stream()
			.filter((factor) -> factor.usedFor() == mode && !factor.validFrom().isAfter(on))
			.max(Comparator.comparing(EmissionFactor::validFrom));
	}

	DistanceAdjustment adjustment(TransportMode mode) {
		return adjustments.get(mode);
	}

	StandAlone alone(TransportMode mode) {
		return alone.get(mode);
	}

	List<EmissionFactor> all() {
		return factors;
	}

}
