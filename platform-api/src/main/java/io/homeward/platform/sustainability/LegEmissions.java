package io.homeward.platform.sustainability;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.shared.allocation.ExactShares;
import io.homeward.platform.shared.allocation.LargestRemainder;

/**
 * The emissions of one leg, and their allocation (ISO 14083 §§ 11–12, GLEC Framework
 * module 2):
 * <ul>
 * <li>transport activity = the cargo's mass in tonnes × the distance in km;</li>
 * <li>the leg's emissions = transport activity × the factor (g CO2e/tkm), well-to-wheel
 * and tank-to-wheel, each rounded to the gram;</li>
 * <li>a parcel's share = the leg's emissions × its chargeable weight / the chargeable
 * weight of every parcel in the load, in whole grams that add up to the leg's exactly
 * (largest remainder, ties to the parcel whose id comes first as text): the carrier sells
 * the load's capacity by chargeable weight, so a light bulky parcel takes the room it
 * takes;</li>
 * <li>a parcel alone = its mass × the distance it would travel alone × the factor of the
 * mode it would take, rounded to the gram: what pooling is compared with.</li>
 * </ul>
 * Every figure is in kilograms to three decimals, which are grams, so that a report's
 * totals are the exact sums of its parcels'.
 */
final class LegEmissions {

	private LegEmissions() {
	}

	/** A parcel in the load: who it is of, its mass and its chargeable weight. */
	record Parcel(UUID parcelId, UUID shipperId, BigDecimal massKg, BigDecimal chargeableKg) {

	}

	/** How a parcel would travel alone: the distance and the factor of that mode. */
	record Alone(BigDecimal distanceKm, EmissionFactor factor) {

	}

	/** A parcel's share of the leg, and what it would have emitted alone. */
	record Share(Parcel parcel, BigDecimal tonneKm, BigDecimal wellToWheelKg, BigDecimal tankToWheelKg,
			BigDecimal standAloneKg) {

		BigDecimal avoidedKg() {
			return standAloneKg.subtract(wellToWheelKg);
		}

	}

	/** The leg as measured. */
	record Figures(BigDecimal distanceKm, BigDecimal massKg, BigDecimal chargeableKg, BigDecimal tonneKm,
			BigDecimal wellToWheelKg, BigDecimal tankToWheelKg, BigDecimal standAloneKg, List<Share> shares) {

		Figures {
			shares = List.copyOf(shares);
		}

		BigDecimal avoidedKg() {
			return standAloneKg.subtract(wellToWheelKg);
		}

	}

	/**
	 * @param distanceKm the distance the load travelled
	 * @param parcels at least one, each with a positive chargeable weight
	 */
	static Figures measure(BigDecimal distanceKm, EmissionFactor factor, List<Parcel> parcels, Alone alone) {
		if (parcels.isEmpty()) {
			throw new IllegalArgumentException("a leg without parcels emits nothing to allocate");
		}
		BigDecimal mass = BigDecimal.ZERO;
		BigDecimal chargeable = BigDecimal.ZERO;
		for (Parcel parcel : parcels) {
			mass = mass.add(parcel.massKg());
			chargeable = chargeable.add(parcel.chargeableKg());
		}
		BigDecimal wtw = grams(mass, distanceKm, factor.wellToWheel());
		BigDecimal ttw = grams(mass, distanceKm, factor.tankToWheel());
		List<UUID> ids = parcels.stream().map(Parcel::parcelId).toList();
		List<BigDecimal> wtwShares = allocate(parcels, chargeable, wtw, ids);
		List<BigDecimal> ttwShares = allocate(parcels, chargeable, ttw, ids);
		List<Share> shares = new ArrayList<>(parcels.size());
		BigDecimal standAlone = BigDecimal.ZERO;
		for (int i = 0; i < parcels.size(); i++) {
			Parcel parcel = parcels.get(i);
			BigDecimal aloneKg = grams(parcel.massKg(), alone.distanceKm(), alone.factor().wellToWheel());
			standAlone = standAlone.add(aloneKg);
			shares.add(new Share(parcel, tonneKm(parcel.massKg(), distanceKm), wtwShares.get(i), ttwShares.get(i),
					aloneKg));
		}
		return new Figures(distanceKm, mass, chargeable, tonneKm(mass, distanceKm), wtw, ttw, standAlone, shares);
	}

	/** mass (kg) / 1000 × km × g/tkm, in kg to the gram. */
	static BigDecimal grams(BigDecimal massKg, BigDecimal km, BigDecimal gramsPerTonneKm) {
		return massKg.multiply(km).multiply(gramsPerTonneKm).movePointLeft(6).setScale(3, RoundingMode.HALF_UP);
	}

	/** Tonne-kilometres to three decimals. */
	static BigDecimal tonneKm(BigDecimal massKg, BigDecimal km) {
		return massKg.multiply(km).movePointLeft(3).setScale(3, RoundingMode.HALF_UP);
	}

	private static List<BigDecimal> allocate(List<Parcel> parcels, BigDecimal chargeable, BigDecimal totalKg,
			List<UUID> ids) {
		List<BigDecimal> numerators = parcels.stream().map((p) -> p.chargeableKg().multiply(totalKg)).toList();
		return LargestRemainder.round(new ExactShares(numerators, chargeable), totalKg, 3, ids, null, BigDecimal.ZERO);
	}

}
