package io.homeward.platform.pricing;

import java.math.BigDecimal;
import java.util.List;

import io.homeward.platform.network.Lane.TransportMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every expected value is worked out by hand in the comment above it; the calculator is
 * never used to produce its own expectations.
 */
class QuoteCalculatorTests {

	static final BigDecimal NO_ADJUSTMENT = BigDecimal.ZERO;

	static final Tariff AIR_EUR = new Tariff("EUR", List.of(brk("0", "4.00"), brk("45", "3.50"), brk("100", "3.00")),
			d("50.00"), d("20"), new Accessorials(d("75.00"), d("25.00"), d("40.00")), d("5000"));

	static final Tariff PARCEL_EUR = new Tariff("EUR", List.of(brk("0", "2.50"), brk("30", "2.20")), d("15.00"),
			d("15"), new Accessorials(d("50.00"), d("5.00"), d("30.00")), d("1000"));

	static final Tariff TRUCK_EUR = new Tariff("EUR",
			List.of(brk("0", "0.50"), brk("1000", "0.20"), brk("10000", "0.08")), d("400.00"), d("18"),
			new Accessorials(d("60.00"), d("35.00"), d("45.00")), d("24000"));

	static final Tariff SEA_USD = new Tariff("USD", List.of(brk("0", "0.15"), brk("1000", "0.12")), d("150.00"),
			d("10"), new Accessorials(d("200.00"), d("80.00"), d("60.00")), d("26000"));

	static final Tariff RAIL_EUR = new Tariff("EUR", List.of(brk("0", "0.30"), brk("5000", "0.18")), d("250.00"),
			d("8"), new Accessorials(d("90.00"), d("50.00"), d("45.00")), d("60000"));

	static final Tariff AIR_JPY = new Tariff("JPY", List.of(brk("0", "853"), brk("45", "700")), d("5000"), d("12"),
			new Accessorials(d("9000"), d("3000"), d("5000")), d("5000"));

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	static WeightBreak brk(String fromKg, String pricePerKg) {
		return new WeightBreak(d(fromKg), d(pricePerKg));
	}

	static Piece piece(String weightKg, String lengthCm, String widthCm, String heightCm, int quantity) {
		return new Piece(d(weightKg), d(lengthCm), d(widthCm), d(heightCm), quantity, false);
	}

	static Piece loose(String weightKg) {
		return new Piece(d(weightKg), null, null, null, 1, false);
	}

	// --- chargeable weight, every mode ---

	@Test
	void airVolumetricWeightWins() {
		// 60 × 40 × 40 = 96000 cm³; 96000 / 6000 = 16 kg > 5 kg actual; 16.0 is already a
		// 0.5 kg step. Freight 16 × 4.00 = 64.00 (> 50.00 minimum); fuel 20 % = 12.80;
		// total 76.80.
		List<Piece> pieces = List.of(piece("5", "60", "40", "40", 1));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.AIR, pieces)).isEqualTo(d("16.000"));
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, pieces, false, false,
				NO_ADJUSTMENT);
		assertThat(price.actualKg()).isEqualTo(d("5.000"));
		assertThat(price.volumetricKg()).isEqualTo(d("16.000"));
		assertThat(price.ratePerKg()).isEqualByComparingTo("4.00");
		assertThat(price.freight()).isEqualTo(d("64.00"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("12.80"));
		assertThat(price.accessorials()).isEqualTo(d("0.00"));
		assertThat(price.total()).isEqualTo(d("76.80"));
	}

	@Test
	void airRoundsChargeableWeightUpToHalfKg() {
		// 61 × 40 × 40 = 97600 cm³; 97600 / 6000 = 16.2666… → 16.267 → up to 16.5
		List<Piece> pieces = List.of(piece("5", "61", "40", "40", 1));
		assertThat(QuoteCalculator.volumetricKg(TransportMode.AIR, pieces)).isEqualTo(d("16.267"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.AIR, pieces)).isEqualTo(d("16.500"));
	}

	@Test
	void parcelUsesDivisor5000AndHalfKgSteps() {
		// 41 × 33 × 27 = 36531 cm³; 36531 / 5000 = 7.3062 → 7.306 > 2.2 actual → up to
		// 7.5
		List<Piece> pieces = List.of(piece("2.2", "41", "33", "27", 1));
		assertThat(QuoteCalculator.volumetricKg(TransportMode.PARCEL, pieces)).isEqualTo(d("7.306"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.PARCEL, pieces)).isEqualTo(d("7.500"));
	}

	@Test
	void roadActualWeightWins() {
		// 120 × 80 × 100 = 960000 cm³ = 0.96 m³; 0.96 × 333 = 319.68 kg < 400 kg actual
		List<Piece> pieces = List.of(piece("400", "120", "80", "100", 1));
		assertThat(QuoteCalculator.volumetricKg(TransportMode.ROAD, pieces)).isEqualTo(d("319.680"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.ROAD, pieces)).isEqualTo(d("400.000"));
	}

	@Test
	void roadVolumetricWeightWinsAndTheMinimumChargeApplies() {
		// 120 × 80 × 150 = 1440000 cm³ = 1.44 m³; 1.44 × 333 = 479.52 kg > 200 kg actual
		// →
		// up to 480 kg. Freight 480 × 0.50 = 240.00 < 400.00 minimum → 400.00; fuel 18 %
		// =
		// 72.00; total 472.00.
		List<Piece> pieces = List.of(piece("200", "120", "80", "150", 1));
		assertThat(QuoteCalculator.volumetricKg(TransportMode.ROAD, pieces)).isEqualTo(d("479.520"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.ROAD, pieces)).isEqualTo(d("480.000"));
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.ROAD, TRUCK_EUR, pieces, false, false,
				NO_ADJUSTMENT);
		assertThat(price.ratePerKg()).isEqualByComparingTo("0.50");
		assertThat(price.freight()).isEqualTo(d("400.00"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("72.00"));
		assertThat(price.total()).isEqualTo(d("472.00"));
	}

	@Test
	void seaCountsOneCubicMetreAsOneTonne() {
		// 115 × 95 × 105 = 1147125 cm³, × 2 = 2294250 cm³ = 2.29425 m³; × 1000 = 2294.25
		// kg
		// > 1600 kg actual → up to 2295 kg. Freight 2295 × 0.12 = 275.40; fuel 10 % =
		// 27.54; customs 60.00; total 275.40 + 27.54 + 60.00 = 362.94 USD.
		List<Piece> pieces = List.of(piece("800", "115", "95", "105", 2));
		assertThat(QuoteCalculator.volumetricKg(TransportMode.SEA, pieces)).isEqualTo(d("2294.250"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.SEA, pieces)).isEqualTo(d("2295.000"));
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.SEA, SEA_USD, pieces, false, true,
				NO_ADJUSTMENT);
		assertThat(price.currency()).isEqualTo("USD");
		assertThat(price.freight()).isEqualTo(d("275.40"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("27.54"));
		assertThat(price.accessorials()).isEqualTo(d("60.00"));
		assertThat(price.total()).isEqualTo(d("362.94"));
	}

	@Test
	void railUsesRoadDensity() {
		// 110 × 100 × 100 = 1100000 cm³, × 4 = 4.4 m³; × 333 = 1465.2 kg > 1000 kg actual
		// →
		// up to 1466 kg. Freight 1466 × 0.30 = 439.80; fuel 8 % = 35.184 → 35.18;
		// dangerous goods 90.00; total 439.80 + 35.18 + 90.00 = 564.98.
		List<Piece> pieces = List.of(new Piece(d("250"), d("110"), d("100"), d("100"), 4, true));
		assertThat(QuoteCalculator.volumetricKg(TransportMode.RAIL, pieces)).isEqualTo(d("1465.200"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.RAIL, pieces)).isEqualTo(d("1466.000"));
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.RAIL, RAIL_EUR, pieces, false, false,
				NO_ADJUSTMENT);
		assertThat(price.freight()).isEqualTo(d("439.80"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("35.18"));
		assertThat(price.accessorials()).isEqualTo(d("90.00"));
		assertThat(price.total()).isEqualTo(d("564.98"));
	}

	@Test
	void piecesWithoutAllDimensionsAddWeightButNoVolume() {
		// actual 5 + 2 × 3 = 11 kg; volume only from the first piece: 96000 / 6000 = 16
		// kg
		List<Piece> pieces = List.of(piece("5", "60", "40", "40", 1),
				new Piece(d("3"), d("60"), d("40"), null, 2, false));
		assertThat(QuoteCalculator.actualKg(pieces)).isEqualTo(d("11.000"));
		assertThat(QuoteCalculator.volumetricKg(TransportMode.AIR, pieces)).isEqualTo(d("16.000"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.AIR, pieces)).isEqualTo(d("16.000"));
	}

	@Test
	void weightsKeepThreeDecimalsBeforeRoundingUp() {
		// 1.2345 kg → 1.235 (half up); by road up to the next whole kg: 2
		List<Piece> pieces = List.of(loose("1.2345"));
		assertThat(QuoteCalculator.actualKg(pieces)).isEqualTo(d("1.235"));
		assertThat(QuoteCalculator.chargeableKg(TransportMode.ROAD, pieces)).isEqualTo(d("2.000"));
	}

	// --- stand-alone price ---

	@Test
	void theMinimumChargeApplies() {
		// 20 × 20 × 20 = 8000 cm³ / 6000 = 1.333 kg < 2 kg actual → 2.0 kg; 2 × 4.00 =
		// 8.00
		// < 50.00 → freight 50.00; fuel 20 % = 10.00; total 60.00
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR,
				List.of(piece("2", "20", "20", "20", 1)), false, false, NO_ADJUSTMENT);
		assertThat(price.chargeableKg()).isEqualByComparingTo("2");
		assertThat(price.freight()).isEqualTo(d("50.00"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("10.00"));
		assertThat(price.total()).isEqualTo(d("60.00"));
	}

	@Test
	void aWeightExactlyAtABreakGetsThatBreak() {
		// 44.5 kg is below the 45 kg break: 44.5 × 4.00 = 178.00
		PriceBreakdown below = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, List.of(loose("44.5")), false,
				false, NO_ADJUSTMENT);
		assertThat(below.ratePerKg()).isEqualByComparingTo("4.00");
		assertThat(below.freight()).isEqualTo(d("178.00"));
		// 45 kg is at the break: 45 × 3.50 = 157.50; fuel 20 % = 31.50; total 189.00
		PriceBreakdown at = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, List.of(loose("45")), false, false,
				NO_ADJUSTMENT);
		assertThat(at.ratePerKg()).isEqualByComparingTo("3.50");
		assertThat(at.freight()).isEqualTo(d("157.50"));
		assertThat(at.total()).isEqualTo(d("189.00"));
		// 44.6 kg rounds up to 45.0 before the break is looked up: 3.50
		PriceBreakdown roundedUp = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, List.of(loose("44.6")), false,
				false, NO_ADJUSTMENT);
		assertThat(roundedUp.chargeableKg()).isEqualByComparingTo("45");
		assertThat(roundedUp.ratePerKg()).isEqualByComparingTo("3.50");
		// 100 kg is at the last break: 100 × 3.00 = 300.00
		PriceBreakdown last = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, List.of(loose("100")), false,
				false, NO_ADJUSTMENT);
		assertThat(last.freight()).isEqualTo(d("300.00"));
	}

	@Test
	void fuelSurchargeAccessorialsAndANegotiatedDiscount() {
		// 100 kg actual (50 × 50 × 50 / 6000 = 20.833 kg volumetric) → 100 × 3.00 =
		// 300.00;
		// discount -10 % = -30.00; fuel 20 % of (300.00 - 30.00) = 54.00; accessorials:
		// dangerous goods 75.00 + pickup 25.00 + customs 40.00 = 140.00;
		// total 300.00 - 30.00 + 54.00 + 140.00 = 464.00
		List<Piece> pieces = List.of(new Piece(d("100"), d("50"), d("50"), d("50"), 1, true));
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, pieces, true, true, d("-10"));
		assertThat(price.freight()).isEqualTo(d("300.00"));
		assertThat(price.adjustment()).isEqualTo(d("-30.00"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("54.00"));
		assertThat(price.accessorials()).isEqualTo(d("140.00"));
		assertThat(price.total()).isEqualTo(d("464.00"));
	}

	@Test
	void eachAccessorialIsChargedOnlyWhenItApplies() {
		// 45 kg → freight 157.50, fuel 31.50 (as above); + pickup 25.00 = 214.00
		PriceBreakdown pickupOnly = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, List.of(loose("45")), true,
				false, NO_ADJUSTMENT);
		assertThat(pickupOnly.accessorials()).isEqualTo(d("25.00"));
		assertThat(pickupOnly.total()).isEqualTo(d("214.00"));
		// + customs 40.00 = 229.00
		PriceBreakdown customsOnly = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, List.of(loose("45")), false,
				true, NO_ADJUSTMENT);
		assertThat(customsOnly.accessorials()).isEqualTo(d("40.00"));
		assertThat(customsOnly.total()).isEqualTo(d("229.00"));
		// one dangerous piece among two is enough for the 75.00 fee, charged once:
		// 45 + 5 = 50 kg × 3.50 = 175.00; fuel 35.00; total 175.00 + 35.00 + 75.00 =
		// 285.00
		List<Piece> mixed = List.of(loose("45"), new Piece(d("5"), null, null, null, 1, true));
		PriceBreakdown dangerous = QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, mixed, false, false,
				NO_ADJUSTMENT);
		assertThat(dangerous.accessorials()).isEqualTo(d("75.00"));
		assertThat(dangerous.total()).isEqualTo(d("285.00"));
	}

	// --- currency rounding ---

	@Test
	void euroAmountsHaveTwoDecimalsRoundedHalfUp() {
		// 2 × (60 × 40 × 40) = 192000 cm³ / 5000 = 38.4 kg > 24 kg actual → 38.5 kg;
		// 38.5 × 2.20 = 84.70; fuel 15 % = 12.705 → 12.71; pickup 5.00;
		// total 84.70 + 12.71 + 5.00 = 102.41
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.PARCEL, PARCEL_EUR,
				List.of(piece("12", "60", "40", "40", 2)), true, false, NO_ADJUSTMENT);
		assertThat(price.chargeableKg()).isEqualTo(d("38.500"));
		assertThat(price.freight()).isEqualTo(d("84.70"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("12.71"));
		assertThat(price.adjustment()).isEqualTo(d("0.00"));
		assertThat(price.total()).isEqualTo(d("102.41"));
	}

	@Test
	void yenAmountsHaveNoDecimals() {
		// 7.3 kg → 7.5 kg; 7.5 × 853 = 6397.5 → 6398 (> 5000 minimum); discount -3 % =
		// -191.94 → -192; fuel 12 % of (6398 - 192 = 6206) = 744.72 → 745;
		// total 6398 - 192 + 745 = 6951
		PriceBreakdown price = QuoteCalculator.standAlone(TransportMode.AIR, AIR_JPY, List.of(loose("7.3")), false,
				false, d("-3"));
		assertThat(price.freight()).isEqualTo(d("6398"));
		assertThat(price.adjustment()).isEqualTo(d("-192"));
		assertThat(price.fuelSurcharge()).isEqualTo(d("745"));
		assertThat(price.accessorials()).isEqualTo(d("0"));
		assertThat(price.total()).isEqualTo(d("6951"));
	}

	// --- pooled share ---

	@Test
	void aShareOfAnEightyPercentFullTruckCostsLessThanAParcel() {
		List<Piece> cartons = List.of(piece("12", "60", "40", "40", 2));
		// As a parcel: 102.41 (see euroAmountsHaveTwoDecimalsRoundedHalfUp).
		PriceBreakdown parcel = QuoteCalculator.standAlone(TransportMode.PARCEL, PARCEL_EUR, cartons, true, false,
				NO_ADJUSTMENT);
		// By road: 192000 cm³ = 0.192 m³ × 333 = 63.936 kg > 24 kg → 64 kg.
		// Load 24000 × 0.8 = 19200 kg at the 10000 kg break: 0.08/kg → 1536.00 (>
		// 400.00).
		// Share 1536 × 64 / 19200 = 5.12; fuel 18 % = 0.9216 → 0.92; pickup 35.00 (not
		// shared); total 5.12 + 0.92 + 35.00 = 41.04.
		PriceBreakdown pooled = QuoteCalculator.pooledShare(TransportMode.ROAD, TRUCK_EUR, cartons, d("0.8"), true,
				false, NO_ADJUSTMENT);
		assertThat(pooled.chargeableKg()).isEqualTo(d("64.000"));
		assertThat(pooled.ratePerKg()).isEqualByComparingTo("0.08");
		assertThat(pooled.freight()).isEqualTo(d("5.12"));
		assertThat(pooled.fuelSurcharge()).isEqualTo(d("0.92"));
		assertThat(pooled.accessorials()).isEqualTo(d("35.00"));
		assertThat(pooled.total()).isEqualTo(d("41.04"));
		assertThat(parcel.total()).isEqualTo(d("102.41"));
		assertThat(pooled.total()).isLessThan(parcel.total());
	}

	@Test
	void aShipmentHeavierThanTheLoadIsTheWholeLoad() {
		// Load 24000 × 0.05 = 1200 kg. The shipment's 3000 kg exceed it, so it pays its
		// own freight at its own break: 3000 × 0.20 = 600.00 (> 400.00); fuel 18 % =
		// 108.00; total 708.00. (Pro rata would have given max(1200 × 0.20, 400.00) ×
		// 3000
		// / 1200 = 1000.00.)
		PriceBreakdown pooled = QuoteCalculator.pooledShare(TransportMode.ROAD, TRUCK_EUR, List.of(loose("3000")),
				d("0.05"), false, false, NO_ADJUSTMENT);
		assertThat(pooled.ratePerKg()).isEqualByComparingTo("0.20");
		assertThat(pooled.freight()).isEqualTo(d("600.00"));
		assertThat(pooled.fuelSurcharge()).isEqualTo(d("108.00"));
		assertThat(pooled.total()).isEqualTo(d("708.00"));
	}

	@Test
	void theLoadsMinimumChargeIsSharedToo() {
		// Load 24000 × 0.01 = 240 kg at 0.50 = 120.00 < 400.00 → the load costs 400.00;
		// a 60 kg share: 400 × 60 / 240 = 100.00; discount -5 % = -5.00; fuel 18 % of
		// 95.00 = 17.10; customs 45.00; total 100.00 - 5.00 + 17.10 + 45.00 = 157.10
		PriceBreakdown pooled = QuoteCalculator.pooledShare(TransportMode.ROAD, TRUCK_EUR, List.of(loose("60")),
				d("0.01"), false, true, d("-5"));
		assertThat(pooled.freight()).isEqualTo(d("100.00"));
		assertThat(pooled.adjustment()).isEqualTo(d("-5.00"));
		assertThat(pooled.fuelSurcharge()).isEqualTo(d("17.10"));
		assertThat(pooled.total()).isEqualTo(d("157.10"));
	}

	@Test
	void theExpectedFillMustBeAboveZeroAndAtMostOne() {
		List<Piece> pieces = List.of(loose("10"));
		assertThatIllegalArgumentException().isThrownBy(() -> QuoteCalculator.pooledShare(TransportMode.ROAD, TRUCK_EUR,
				pieces, BigDecimal.ZERO, false, false, NO_ADJUSTMENT));
		assertThatIllegalArgumentException().isThrownBy(() -> QuoteCalculator.pooledShare(TransportMode.ROAD, TRUCK_EUR,
				pieces, d("1.01"), false, false, NO_ADJUSTMENT));
		// 24000 kg full: 24000 × 0.08 = 1920.00; 10 kg share = 1920 × 10 / 24000 = 0.80
		assertThat(QuoteCalculator
			.pooledShare(TransportMode.ROAD, TRUCK_EUR, pieces, BigDecimal.ONE, false, false, NO_ADJUSTMENT)
			.freight()).isEqualTo(d("0.80"));
	}

	// --- tariff validation ---

	@Test
	void theTestTariffsAreValid() {
		for (Tariff tariff : List.of(AIR_EUR, PARCEL_EUR, TRUCK_EUR, SEA_USD, RAIL_EUR, AIR_JPY)) {
			assertThat(QuoteCalculator.validate(tariff)).as(tariff.currency()).isEmpty();
		}
	}

	@Test
	void validateReportsEveryProblem() {
		Tariff bad = new Tariff("EUX", List.of(brk("5", "1.00"), brk("5", "-1.00")), d("-1"), d("101"),
				new Accessorials(d("-1"), d("0"), d("0")), d("0"));
		assertThat(QuoteCalculator.validate(bad)).containsExactly("currency: EUX is not an ISO 4217 currency code",
				"breaks.0.fromKg: the first break must start at 0 kg",
				"breaks.1.fromKg: must be greater than the previous break's",
				"breaks.1.pricePerKg: must not be negative", "minimumCharge: must not be negative",
				"fuelSurchargePercent: must be between 0 and 100", "accessorials.dangerousGoods: must not be negative",
				"loadCapacityKg: must be greater than 0");
	}

	@Test
	void validateCatchesEachProblemAlone() {
		assertThat(QuoteCalculator.validate(withBreaks(List.of())))
			.containsExactly("breaks: at least one weight break is required");
		assertThat(QuoteCalculator.validate(withBreaks(List.of(brk("0", "1"), brk("10", "1"), brk("5", "1")))))
			.containsExactly("breaks.2.fromKg: must be greater than the previous break's");
		assertThat(QuoteCalculator
			.validate(new Tariff("XXX", AIR_EUR.breaks(), d("1"), d("0"), AIR_EUR.accessorials(), d("1"))))
			.containsExactly("currency: XXX has no minor unit to round amounts to");
		assertThat(QuoteCalculator
			.validate(new Tariff("EUR", AIR_EUR.breaks(), d("1"), d("-0.5"), AIR_EUR.accessorials(), d("-10"))))
			.containsExactly("fuelSurchargePercent: must be between 0 and 100",
					"loadCapacityKg: must be greater than 0");
		// the bounds themselves are allowed
		assertThat(QuoteCalculator.validate(new Tariff("EUR", List.of(brk("0.000", "0")), d("0"), d("100"),
				new Accessorials(d("0"), d("0"), d("0")), d("0.001"))))
			.isEmpty();
	}

	@Test
	void anInvalidTariffOrAdjustmentIsNotPriced() {
		List<Piece> pieces = List.of(loose("10"));
		assertThatIllegalArgumentException().isThrownBy(() -> QuoteCalculator.standAlone(TransportMode.AIR,
				withBreaks(List.of()), pieces, false, false, NO_ADJUSTMENT));
		assertThatIllegalArgumentException().isThrownBy(
				() -> QuoteCalculator.standAlone(TransportMode.AIR, AIR_EUR, pieces, false, false, d("-100.01")));
	}

	static Tariff withBreaks(List<WeightBreak> breaks) {
		return new Tariff("EUR", breaks, AIR_EUR.minimumCharge(), AIR_EUR.fuelSurchargePercent(),
				AIR_EUR.accessorials(), AIR_EUR.loadCapacityKg());
	}

}
