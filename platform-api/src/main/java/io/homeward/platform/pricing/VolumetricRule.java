package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.homeward.platform.network.Lane.TransportMode;

/**
 * How much a volume weighs for pricing in each transport mode, and to what step the
 * chargeable weight is rounded up. Each rule is a ratio of kilograms to cubic
 * centimetres, so that both conventions (air and courier state a divisor in cm³ per kg,
 * road and sea a density in kg per m³) convert with a single rounding.
 */
enum VolumetricRule {

	/** IATA: 6000 cm³ count as 1 kg. */
	AIR(1, 6_000, "0.5"),

	/** Courier and parcel carriers: 5000 cm³ count as 1 kg. */
	PARCEL(1, 5_000, "0.5"),

	/** Road freight: 1 m³ counts as 333 kg. */
	ROAD(333, 1_000_000, "1"),

	/** Sea freight: 1 m³ counts as 1000 kg (one revenue tonne). */
	SEA(1_000, 1_000_000, "1"),

	/**
	 * Rail: our choice, as the design names no factor for rail. Rail wagons and swap
	 * bodies carry the same goods as trucks, so we use road's 333 kg per m³.
	 */
	RAIL(333, 1_000_000, "1");

	static final int WEIGHT_SCALE = 3;

	private final BigDecimal kilograms;

	private final BigDecimal cubicCentimetres;

	private final BigDecimal chargeableStep;

	VolumetricRule(long kilograms, long cubicCentimetres, String chargeableStep) {
		this.kilograms = BigDecimal.valueOf(kilograms);
		this.cubicCentimetres = BigDecimal.valueOf(cubicCentimetres);
		this.chargeableStep = new BigDecimal(chargeableStep);
	}

	static VolumetricRule of(TransportMode mode) {
		// An exhaustive switch: a new mode does not compile until it has a rule.
		return switch (mode) {
			case AIR -> AIR;
			case PARCEL -> PARCEL;
			case ROAD -> ROAD;
			case SEA -> SEA;
			case RAIL -> RAIL;
		};
	}

	/** The volumetric weight of a volume, to 3 decimals (half up). */
	BigDecimal volumetricKg(BigDecimal cubicCentimetres) {
		return cubicCentimetres.multiply(this.kilograms)
			.divide(this.cubicCentimetres, WEIGHT_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * A weight rounded up to this mode's step: carriers bill whole steps, 0.5 kg for air
	 * and parcel, 1 kg for the others.
	 */
	BigDecimal roundUp(BigDecimal kg) {
		return kg.divide(this.chargeableStep, 0, RoundingMode.CEILING)
			.multiply(this.chargeableStep)
			.setScale(WEIGHT_SCALE, RoundingMode.UNNECESSARY);
	}

}
