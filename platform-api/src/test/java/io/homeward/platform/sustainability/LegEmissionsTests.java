package io.homeward.platform.sustainability;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.network.GeoPoint;
import io.homeward.platform.network.Lane.TransportMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The emission cases of {@code docs/domain/sustainability.md}, computed by hand there and
 * checked here to the gram: one road leg, one sea leg, an allocation across three
 * parcels; and the factor tables as shipped and as refused.
 */
class LegEmissionsTests {

	static final EmissionFactors FACTORS = EmissionFactors.shipped();

	static final GeoPoint MADRID = new GeoPoint(new BigDecimal("40.34"), new BigDecimal("-3.70"));

	static final GeoPoint SAO_PAULO = new GeoPoint(new BigDecimal("-23.52"), new BigDecimal("-46.67"));

	static final GeoPoint ROTTERDAM = new GeoPoint(new BigDecimal("51.89"), new BigDecimal("4.43"));

	static final LocalDate DEPARTED = LocalDate.of(2026, 11, 20);

	static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");

	static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");

	static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

	static final UUID SHIPPER = UUID.fromString("00000000-0000-4000-8000-000000000001");

	@Test
	void theGreatCircleBetweenTheDemoHubsIsTheHaversineDistance() {
		assertThat(GreatCircle.km(MADRID, ROTTERDAM)).isEqualByComparingTo("1426.9");
		assertThat(GreatCircle.km(SAO_PAULO, ROTTERDAM)).isEqualByComparingTo("9743.9");
		assertThat(GreatCircle.km(ROTTERDAM, ROTTERDAM)).isEqualByComparingTo("0.0");
	}

	@Test
	void aRoadLegIsTonneKilometresOverTheAdjustedGreatCircleTimesTheHgvFactor() {
		DistanceAdjustment road = FACTORS.adjustment(TransportMode.ROAD);
		BigDecimal km = road.apply(GreatCircle.km(MADRID, ROTTERDAM));
		assertThat(km).isEqualByComparingTo("1498.2");
		assertThat(road.formula()).isEqualTo("GCD × 1.05");
		EmissionFactor hgv = FACTORS.forMode(TransportMode.ROAD, DEPARTED).orElseThrow();
		assertThat(hgv.key()).isEqualTo("ROAD-HGV-AVG");
		EmissionFactor van = FACTORS.forMode(TransportMode.PARCEL, DEPARTED).orElseThrow();
		BigDecimal aloneKm = FACTORS.adjustment(FACTORS.alone(TransportMode.ROAD).mode())
			.apply(GreatCircle.km(MADRID, ROTTERDAM));

		LegEmissions.Figures leg = LegEmissions.measure(km, hgv,
				List.of(new LegEmissions.Parcel(A, SHIPPER, new BigDecimal("1200.000"), new BigDecimal("1200.000"))),
				new LegEmissions.Alone(aloneKm, van));

		// 1.2 t × 1498.2 km = 1797.840 tkm; × 125.22 g = 225.126 kg; × 101.63 g = 182.714
		// kg
		assertThat(leg.tonneKm()).isEqualByComparingTo("1797.840");
		assertThat(leg.wellToWheelKg()).isEqualByComparingTo("225.126");
		assertThat(leg.tankToWheelKg()).isEqualByComparingTo("182.714");
		// alone by courier van over the same adjusted distance: 1797.840 tkm × 782.25 g
		assertThat(leg.standAloneKg()).isEqualByComparingTo("1406.360");
		assertThat(leg.avoidedKg()).isEqualByComparingTo("1181.234");
		assertThat(leg.shares()).singleElement()
			.satisfies((share) -> assertThat(share.wellToWheelKg()).isEqualByComparingTo("225.126"));
	}

	@Test
	void aSeaLegIsMeasuredOverTheGreatCirclePlusFifteenPercentAndComparedWithAirAlone() {
		BigDecimal gcd = GreatCircle.km(SAO_PAULO, ROTTERDAM);
		BigDecimal km = FACTORS.adjustment(TransportMode.SEA).apply(gcd);
		assertThat(km).isEqualByComparingTo("11205.5");
		EmissionFactor ship = FACTORS.forMode(TransportMode.SEA, DEPARTED).orElseThrow();
		assertThat(ship.key()).isEqualTo("SEA-CONTAINER-AVG");
		assertThat(FACTORS.alone(TransportMode.SEA).mode()).isEqualTo(TransportMode.AIR);
		DistanceAdjustment air = FACTORS.adjustment(TransportMode.AIR);
		assertThat(air.apply(gcd)).isEqualByComparingTo("9838.9");
		assertThat(air.formula()).isEqualTo("GCD + 95 km");

		LegEmissions.Figures leg = LegEmissions.measure(km, ship,
				List.of(new LegEmissions.Parcel(A, SHIPPER, new BigDecimal("16.000"), new BigDecimal("16.000")),
						new LegEmissions.Parcel(B, SHIPPER, new BigDecimal("18.000"), new BigDecimal("18.000"))),
				new LegEmissions.Alone(air.apply(gcd), FACTORS.forMode(TransportMode.AIR, DEPARTED).orElseThrow()));

		// 0.034 t × 11205.5 km = 380.987 tkm; × 19.77 g = 7.532 kg; × 16.12 g = 6.142 kg
		assertThat(leg.tonneKm()).isEqualByComparingTo("380.987");
		assertThat(leg.wellToWheelKg()).isEqualByComparingTo("7.532");
		assertThat(leg.tankToWheelKg()).isEqualByComparingTo("6.142");
		// by air alone: 16 kg × 9838.9 km × 666.46 g = 104.916 kg; 18 kg: 118.030 kg
		assertThat(leg.shares()).extracting(LegEmissions.Share::standAloneKg)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("104.916"), new BigDecimal("118.030"));
		assertThat(leg.standAloneKg()).isEqualByComparingTo("222.946");
		// 7.532 kg × 16/34 = 3.54447 → 3.544 (remainder .47), × 18/34 = 3.98753 → 3.987
		// (.53): one gram left, to the larger remainder
		assertThat(leg.shares()).extracting(LegEmissions.Share::wellToWheelKg)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("3.544"), new BigDecimal("3.988"));
	}

	@Test
	void aLegsEmissionsAreAllocatedByChargeableWeightInGramsThatAddUpExactly() {
		EmissionFactor ship = FACTORS.forMode(TransportMode.SEA, DEPARTED).orElseThrow();
		// A light, bulky parcel takes the room it takes: C weighs 1 kg but is charged 2.
		List<LegEmissions.Parcel> parcels = List.of(
				new LegEmissions.Parcel(A, SHIPPER, new BigDecimal("5.000"), new BigDecimal("5.000")),
				new LegEmissions.Parcel(B, SHIPPER, new BigDecimal("3.000"), new BigDecimal("3.000")),
				new LegEmissions.Parcel(C, SHIPPER, new BigDecimal("1.000"), new BigDecimal("2.000")));
		LegEmissions.Figures leg = LegEmissions.measure(new BigDecimal("11205.5"), ship, parcels,
				new LegEmissions.Alone(new BigDecimal("9838.9"),
						FACTORS.forMode(TransportMode.AIR, DEPARTED).orElseThrow()));

		// 0.009 t × 11205.5 km = 100.850 tkm (100.8495); × 19.77 g = 1.994 kg
		assertThat(leg.wellToWheelKg()).isEqualByComparingTo("1.994");
		assertThat(leg.chargeableKg()).isEqualByComparingTo("10.000");
		// 1.994 × 5/10 = 0.997; × 3/10 = 0.5982 → 0.598 (.2); × 2/10 = 0.3988 → 0.398
		// (.8):
		// 1.993, the gram left to the largest remainder, C
		assertThat(leg.shares()).extracting(LegEmissions.Share::wellToWheelKg)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.997"), new BigDecimal("0.598"), new BigDecimal("0.399"));
		assertThat(
				leg.shares().stream().map(LegEmissions.Share::wellToWheelKg).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(leg.wellToWheelKg());
		assertThat(
				leg.shares().stream().map(LegEmissions.Share::tankToWheelKg).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(leg.tankToWheelKg());
	}

	@Test
	void everyModeHasAFactorAnAdjustmentAndAStandAloneModeFromTheFirstDay() {
		for (TransportMode mode : TransportMode.values()) {
			assertThat(FACTORS.forMode(mode, EmissionFactors.FIRST_DAY)).as(mode.name()).isPresent();
			assertThat(FACTORS.adjustment(mode)).as(mode.name()).isNotNull();
			assertThat(FACTORS.alone(mode)).as(mode.name()).isNotNull();
		}
		assertThat(FACTORS.all()).allSatisfy((factor) -> {
			assertThat(factor.source()).contains("DESNZ/DEFRA GHG conversion factors 2025");
			assertThat(factor.tankToWheel()).isLessThanOrEqualTo(factor.wellToWheel());
		});
	}

	@Test
	void aLaterFactorMeasuresTheLegsThatLeftFromItsDayOnAndEarlierLegsKeepTheirs() {
		EmissionFactors table = EmissionFactors.read(new StringReader("""
				ROAD-A,ROAD,HGV,100,80,2020-01-01,v1,ROAD,first source
				ROAD-B,ROAD,HGV,90,70,2027-01-01,v2,ROAD,second source
				VAN,ROAD,van,700,600,2020-01-01,v1,PARCEL,van source
				RAIL,RAIL,train,30,25,2020-01-01,v1,RAIL,rail source
				SEA,SEA,ship,20,16,2020-01-01,v1,SEA,sea source
				AIR,AIR,plane,600,500,2020-01-01,v1,AIR,air source
				"""), adjustments(), alone());
		assertThat(table.forMode(TransportMode.ROAD, LocalDate.of(2026, 12, 31)).orElseThrow().key())
			.isEqualTo("ROAD-A");
		assertThat(table.forMode(TransportMode.ROAD, LocalDate.of(2027, 1, 1)).orElseThrow().key()).isEqualTo("ROAD-B");
	}

	@Test
	void aTableThatLeavesAModeUnmeasuredOrBreaksARowIsRefusedWithItsLine() {
		assertThatThrownBy(() -> EmissionFactors.read(new StringReader("""
				ROAD-A,ROAD,HGV,100,80,2020-01-01,v1,ROAD,first source
				"""), adjustments(), alone())).hasMessageContaining("no factor measures");
		assertThatThrownBy(() -> EmissionFactors.read(new StringReader("""
				ROAD-A,ROAD,HGV,80,100,2020-01-01,v1,ROAD,tank-to-wheel above well-to-wheel
				"""), adjustments(), alone())).hasMessageContaining("line 1").hasMessageContaining("well-to-wheel");
		assertThatThrownBy(() -> EmissionFactors.read(new StringReader("""
				SEA-A,SEA,ship,20,16,2020-01-01,v1,AIR,a ship measures no flight
				"""), adjustments(), alone())).hasMessageContaining("measures no AIR");
		assertThatThrownBy(() -> EmissionFactors.read(CsvTableFixtures.reader(EmissionFactors.FACTORS),
				new StringReader("ROAD,0.95,0,shorter than the great circle\n"), alone()))
			.hasMessageContaining("never shortens");
	}

	private static StringReader adjustments() {
		return new StringReader("""
				ROAD,1.05,0,s
				PARCEL,1.05,0,s
				RAIL,1.00,0,s
				SEA,1.15,0,s
				AIR,1.00,95,s
				""");
	}

	private static StringReader alone() {
		return new StringReader("""
				ROAD,PARCEL,s
				RAIL,PARCEL,s
				SEA,AIR,s
				AIR,AIR,s
				PARCEL,PARCEL,s
				""");
	}

	/** The shipped tables, read afresh. */
	static final class CsvTableFixtures {

		static java.io.Reader reader(String resource) {
			return io.homeward.platform.shared.rules.CsvTable.resource(resource);
		}

	}

}
