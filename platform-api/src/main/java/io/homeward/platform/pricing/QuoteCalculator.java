package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.homeward.platform.network.Lane.TransportMode;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a quote: chargeable weight, the stand-alone price of a shipment and
 * its pro-rata share of a pooled load. Pure functions on {@link BigDecimal}, never
 * floating point.
 *
 * <p>
 * Rounding, in order:
 * <ul>
 * <li>actual and volumetric weights keep 3 decimals, rounded half up; the volume of all
 * pieces is summed first and converted once;</li>
 * <li>the chargeable weight, the larger of the two, is rounded <em>up</em> to the next
 * 0.5 kg for {@link TransportMode#AIR AIR} and {@link TransportMode#PARCEL PARCEL} and to
 * the next whole kg for {@link TransportMode#ROAD ROAD}, {@link TransportMode#RAIL RAIL}
 * and {@link TransportMode#SEA SEA}, as carriers bill; it keeps scale 3;</li>
 * <li>every amount (freight, adjustment, fuel surcharge, accessorials) is rounded half up
 * to the currency's default fraction digits ({@link Currency#getDefaultFractionDigits()},
 * 2 for EUR, 0 for JPY) as soon as it is computed, and the total is their exact sum, so
 * the lines of a quote always add up.</li>
 * </ul>
 */
final class QuoteCalculator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private QuoteCalculator() {
	}

	/** The sum of weight × quantity, to 3 decimals (half up). */
	public static BigDecimal actualKg(List<Piece> pieces) {
		BigDecimal kg = BigDecimal.ZERO;
		for (Piece piece : pieces) {
			check(piece);
			kg = kg.add(piece.weightKg().multiply(BigDecimal.valueOf(piece.quantity())));
		}
		return kg.setScale(VolumetricRule.WEIGHT_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * The weight the mode's rule gives the pieces' total volume, to 3 decimals (half up).
	 * Pieces without all three dimensions contribute no volume.
	 */
	public static BigDecimal volumetricKg(TransportMode mode, List<Piece> pieces) {
		BigDecimal cubicCentimetres = BigDecimal.ZERO;
		for (Piece piece : pieces) {
			check(piece);
			BigDecimal length = piece.lengthCm();
			BigDecimal width = piece.widthCm();
			BigDecimal height = piece.heightCm();
			if (length != null && width != null && height != null) {
				cubicCentimetres = cubicCentimetres
					.add(length.multiply(width).multiply(height).multiply(BigDecimal.valueOf(piece.quantity())));
			}
		}
		return VolumetricRule.of(mode).volumetricKg(cubicCentimetres);
	}

	/**
	 * The weight a carrier bills: max(actual, volumetric), rounded up to the next 0.5 kg
	 * for AIR and PARCEL and to the next whole kg for ROAD, RAIL and SEA. Scale 3, so
	 * 16.25 kg by air is {@code 16.500}.
	 */
	public static BigDecimal chargeableKg(TransportMode mode, List<Piece> pieces) {
		return VolumetricRule.of(mode).roundUp(actualKg(pieces).max(volumetricKg(mode, pieces)));
	}

	/**
	 * The price of the pieces travelling alone on this tariff.
	 * <ul>
	 * <li>rate = the price per kg of the highest break whose {@code fromKg} ≤ chargeable
	 * weight (a weight exactly at a break gets that break);</li>
	 * <li>freight = max(chargeable × rate, minimum charge);</li>
	 * <li>adjustment = freight × adjustmentPercent / 100;</li>
	 * <li>fuel surcharge = (freight + adjustment) × fuel % / 100;</li>
	 * <li>accessorials = the dangerous-goods fee if any piece is dangerous goods, plus
	 * the pickup fee if {@code pickup}, plus the customs fee if
	 * {@code customsClearance};</li>
	 * <li>total = freight + adjustment + fuel surcharge + accessorials.</li>
	 * </ul>
	 * @param adjustmentPercent negotiated discount (negative) or markup (positive) on
	 * freight, at least -100
	 * @throws IllegalArgumentException if the tariff has problems (see
	 * {@link #validate(Tariff)}), a piece has a negative weight, dimension or quantity,
	 * or the adjustment is below -100 %
	 */
	public static PriceBreakdown standAlone(TransportMode mode, Tariff tariff, List<Piece> pieces, boolean pickup,
			boolean customsClearance, BigDecimal adjustmentPercent) {
		requireValid(tariff, adjustmentPercent);
		BigDecimal chargeable = chargeableKg(mode, pieces);
		BigDecimal rate = rateFor(tariff, chargeable);
		BigDecimal freight = money(tariff, chargeable.multiply(rate).max(tariff.minimumCharge()));
		return breakdown(mode, tariff, pieces, chargeable, rate, freight, pickup, customsClearance, adjustmentPercent);
	}

	/**
	 * The shipment's pro-rata share of a consolidated load priced on this tariff: the
	 * design's default cost sharing, "pro rata by chargeable weight" (DESIGN.md, Domain
	 * facts).
	 * <ul>
	 * <li>load kg = loadCapacityKg × expectedFill (3 decimals, half up);</li>
	 * <li>load freight = max(load kg × rate of the load's break, minimum charge);</li>
	 * <li>freight share = load freight × chargeable / load kg, rounded once to the
	 * currency;</li>
	 * <li>a shipment heavier than the expected load is the whole load: its share is its
	 * own freight at its own break, as in {@link #standAlone standAlone};</li>
	 * <li>adjustment, fuel surcharge and accessorials then follow as in
	 * {@code standAlone}; accessorials are per shipment, never shared.</li>
	 * </ul>
	 * This is an estimate for one shipper against an expected fill. The design's second
	 * step, capping every shipper of one load at its stand-alone price and redistributing
	 * the excess, needs all shippers of the load and belongs to consolidation's cost
	 * allocation.
	 * @param expectedFill the share of the load's capacity expected to be used, 0 < fill
	 * ≤ 1
	 * @throws IllegalArgumentException as {@link #standAlone standAlone} does, or if the
	 * fill is outside (0, 1]
	 */
	public static PriceBreakdown pooledShare(TransportMode mode, Tariff tariff, List<Piece> pieces,
			BigDecimal expectedFill, boolean pickup, boolean customsClearance, BigDecimal adjustmentPercent) {
		requireValid(tariff, adjustmentPercent);
		if (expectedFill.signum() <= 0 || expectedFill.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("expected fill must be above 0 and at most 1: " + expectedFill);
		}
		BigDecimal chargeable = chargeableKg(mode, pieces);
		BigDecimal loadKg = tariff.loadCapacityKg()
			.multiply(expectedFill)
			.setScale(VolumetricRule.WEIGHT_SCALE, RoundingMode.HALF_UP);
		BigDecimal rate;
		BigDecimal freight;
		if (loadKg.signum() == 0 || chargeable.compareTo(loadKg) > 0) {
			rate = rateFor(tariff, chargeable);
			freight = money(tariff, chargeable.multiply(rate).max(tariff.minimumCharge()));
		}
		else {
			rate = rateFor(tariff, loadKg);
			BigDecimal loadFreight = loadKg.multiply(rate).max(tariff.minimumCharge());
			freight = loadFreight.multiply(chargeable).divide(loadKg, fractionDigits(tariff), RoundingMode.HALF_UP);
		}
		return breakdown(mode, tariff, pieces, chargeable, rate, freight, pickup, customsClearance, adjustmentPercent);
	}

	/**
	 * Everything wrong with a tariff, each as {@code "field: problem"} with the field
	 * named as in the tariff ({@code breaks.1.fromKg}); empty when it can be used.
	 */
	public static List<String> validate(Tariff tariff) {
		List<String> problems = new ArrayList<>();
		try {
			if (Currency.getInstance(tariff.currency()).getDefaultFractionDigits() < 0) {
				problems.add("currency: " + tariff.currency() + " has no minor unit to round amounts to");
			}
		}
		catch (IllegalArgumentException ex) {
			problems.add("currency: " + tariff.currency() + " is not an ISO 4217 currency code");
		}
		problems.addAll(validateAmounts(tariff.breaks(), tariff.minimumCharge(), tariff.fuelSurchargePercent(),
				tariff.accessorials(), tariff.loadCapacityKg()));
		return problems;
	}

	/**
	 * Everything wrong with a tariff's breaks, charges, fees and capacity, whatever its
	 * currency, as {@link #validate(Tariff)} reports them; for a tariff whose currency
	 * was already found wanting.
	 */
	static List<String> validateAmounts(List<WeightBreak> breaks, BigDecimal minimumCharge,
			BigDecimal fuelSurchargePercent, Accessorials accessorials, BigDecimal loadCapacityKg) {
		List<String> problems = new ArrayList<>();
		if (breaks.isEmpty()) {
			problems.add("breaks: at least one weight break is required");
		}
		for (int i = 0; i < breaks.size(); i++) {
			WeightBreak current = breaks.get(i);
			if (i == 0 && current.fromKg().signum() != 0) {
				problems.add("breaks.0.fromKg: the first break must start at 0 kg");
			}
			if (i > 0 && current.fromKg().compareTo(breaks.get(i - 1).fromKg()) <= 0) {
				problems.add("breaks." + i + ".fromKg: must be greater than the previous break's");
			}
			if (current.pricePerKg().signum() < 0) {
				problems.add("breaks." + i + ".pricePerKg: must not be negative");
			}
		}
		if (minimumCharge.signum() < 0) {
			problems.add("minimumCharge: must not be negative");
		}
		if (fuelSurchargePercent.signum() < 0 || fuelSurchargePercent.compareTo(HUNDRED) > 0) {
			problems.add("fuelSurchargePercent: must be between 0 and 100");
		}
		if (accessorials.dangerousGoods().signum() < 0) {
			problems.add("accessorials.dangerousGoods: must not be negative");
		}
		if (accessorials.pickup().signum() < 0) {
			problems.add("accessorials.pickup: must not be negative");
		}
		if (accessorials.customsClearance().signum() < 0) {
			problems.add("accessorials.customsClearance: must not be negative");
		}
		if (loadCapacityKg.signum() <= 0) {
			problems.add("loadCapacityKg: must be greater than 0");
		}
		return problems;
	}

	private static PriceBreakdown breakdown(TransportMode mode, Tariff tariff, List<Piece> pieces,
			BigDecimal chargeable, BigDecimal rate, BigDecimal freight, boolean pickup, boolean customsClearance,
			BigDecimal adjustmentPercent) {
		BigDecimal adjustment = money(tariff, percent(freight, adjustmentPercent));
		BigDecimal fuel = money(tariff, percent(freight.add(adjustment), tariff.fuelSurchargePercent()));
		Accessorials fees = tariff.accessorials();
		BigDecimal accessorials = BigDecimal.ZERO;
		if (pieces.stream().anyMatch(Piece::dangerousGoods)) {
			accessorials = accessorials.add(fees.dangerousGoods());
		}
		if (pickup) {
			accessorials = accessorials.add(fees.pickup());
		}
		if (customsClearance) {
			accessorials = accessorials.add(fees.customsClearance());
		}
		accessorials = money(tariff, accessorials);
		BigDecimal total = freight.add(adjustment).add(fuel).add(accessorials);
		return new PriceBreakdown(tariff.currency(), actualKg(pieces), volumetricKg(mode, pieces), chargeable, rate,
				freight, fuel, accessorials, adjustment, total);
	}

	private static BigDecimal rateFor(Tariff tariff, BigDecimal kg) {
		BigDecimal rate = tariff.breaks().get(0).pricePerKg();
		for (WeightBreak weightBreak : tariff.breaks()) {
			if (weightBreak.fromKg().compareTo(kg) > 0) {
				break;
			}
			rate = weightBreak.pricePerKg();
		}
		return rate;
	}

	private static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
		return amount.multiply(percent).divide(HUNDRED);
	}

	private static BigDecimal money(Tariff tariff, BigDecimal amount) {
		return amount.setScale(fractionDigits(tariff), RoundingMode.HALF_UP);
	}

	private static int fractionDigits(Tariff tariff) {
		return Currency.getInstance(tariff.currency()).getDefaultFractionDigits();
	}

	private static void requireValid(Tariff tariff, BigDecimal adjustmentPercent) {
		List<String> problems = validate(tariff);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("invalid tariff: " + String.join("; ", problems));
		}
		if (adjustmentPercent.compareTo(HUNDRED.negate()) < 0) {
			throw new IllegalArgumentException("adjustment below -100 %: " + adjustmentPercent);
		}
	}

	private static void check(Piece piece) {
		if (piece.quantity() < 0 || piece.weightKg().signum() < 0 || negative(piece.lengthCm())
				|| negative(piece.widthCm()) || negative(piece.heightCm())) {
			throw new IllegalArgumentException("a piece has a negative weight, dimension or quantity: " + piece);
		}
	}

	private static boolean negative(@Nullable BigDecimal value) {
		return value != null && value.signum() < 0;
	}

}
