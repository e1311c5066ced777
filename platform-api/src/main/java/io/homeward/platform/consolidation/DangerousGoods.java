package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import io.homeward.platform.shared.UnNumber;

/**
 * The dangerous goods in one parcel (or unit), as segregation needs them: their classes,
 * their UN numbers, the UN numbers the table could not classify, and the mass of lithium
 * batteries, which lanes limit per load. Build it with {@link SegregationTable#classify}.
 *
 * @param lithiumKg gross mass of the items under UN 3090/3091/3480/3481
 */
public record DangerousGoods(Set<HazardClass> classes, Set<UnNumber> unNumbers, Set<UnNumber> unclassified,
		BigDecimal lithiumKg) {

	/** A parcel with no dangerous goods. */
	public static final DangerousGoods NONE = new DangerousGoods(Set.of(), Set.of(), Set.of(), BigDecimal.ZERO);

	public DangerousGoods {
		classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
		unNumbers = Set.copyOf(unNumbers);
		unclassified = Set.copyOf(unclassified);
		if (lithiumKg.signum() < 0) {
			throw new IllegalArgumentException("Lithium mass is not negative");
		}
	}

	public boolean isNone() {
		return classes.isEmpty() && unNumbers.isEmpty() && unclassified.isEmpty();
	}

	public boolean has(HazardClass hazardClass) {
		return classes.contains(hazardClass);
	}

	public boolean hasLithium() {
		return lithiumKg.signum() > 0;
	}

}
