package io.homeward.platform.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import io.homeward.platform.shared.UnNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the segregation table by hand: the goods, what the checker answers, and
 * the source it cites.
 */
class SegregationTests {

	static final SegregationTable table = SegregationTable.standard();

	static final Segregation segregation = new Segregation(table);

	static final LaneLimits LITHIUM_25_KG = new LaneLimits(true, new BigDecimal("25"));

	static Packable parcel(String reference, String... unNumbersAndKg) {
		Stream.Builder<HazardousItem> items = Stream.builder();
		for (String entry : unNumbersAndKg) {
			String[] parts = entry.split(":");
			items.add(new HazardousItem(new UnNumber(parts[0]), new BigDecimal((parts.length > 1) ? parts[1] : "1")));
		}
		return new Packable(reference, table.classify(items.build().toList()));
	}

	static final Packable PLAIN = new Packable("plain", DangerousGoods.NONE);

	@Test
	void explosivesTravelWithNothingElseNotEvenGoodsThatAreNotDangerous() {
		Packable fireworks = parcel("fireworks", "0336");
		assertThat(fireworks.goods().classes()).containsExactly(HazardClass.EXPLOSIVES);
		SegregationRefusal refusal = segregation.mayShare(List.of(PLAIN, fireworks), LITHIUM_25_KG).orElseThrow();
		assertThat(refusal.reason()).isEqualTo(SegregationReason.EXPLOSIVES_ALONE);
		assertThat(refusal.first()).isEqualTo("fireworks");
		assertThat(refusal.second()).isEqualTo("plain");
		assertThat(refusal.source()).contains("ADR 2025 7.5.2.1");
		assertThat(segregation.together(parcel("cartridges", "0012"), fireworks)).get()
			.extracting(SegregationRefusal::reason)
			.isEqualTo(SegregationReason.EXPLOSIVES_ALONE);
		assertThat(segregation.mayShare(List.of(fireworks), LITHIUM_25_KG)).isEmpty();
	}

	@Test
	void explosivesAndOtherDangerousGoodsInOneParcelAreRefused() {
		SegregationRefusal refusal = segregation.alone(parcel("mixed", "0503", "3268"), LITHIUM_25_KG).orElseThrow();
		assertThat(refusal.reason()).isEqualTo(SegregationReason.EXPLOSIVES_ALONE);
		assertThat(refusal.second()).isNull();
	}

	// 1479 oxidizing solid (5.1) against 1263 paint (3), 1325 flammable solid (4.1),
	// 1361 carbon (4.2), 1415 lithium metal (4.3).
	@ParameterizedTest
	@ValueSource(strings = { "1263", "1325", "1361", "1415" })
	void oxidizersStayApartFromFlammables(String flammable) {
		SegregationRefusal refusal = segregation
			.mayShare(List.of(parcel("oxidizer", "1479"), PLAIN, parcel("flammable", flammable)), LITHIUM_25_KG)
			.orElseThrow();
		assertThat(refusal.reason()).isEqualTo(SegregationReason.OXIDIZER_APART_FROM_FLAMMABLE);
		assertThat(refusal.first()).isEqualTo("oxidizer");
		assertThat(refusal.second()).isEqualTo("flammable");
		assertThat(refusal.source()).startsWith("IMDG Code 7.2.4");
		// Whichever comes first, the oxidizer is the one named first.
		assertThat(segregation.together(parcel("flammable", flammable), parcel("oxidizer", "1479"))).get()
			.extracting(SegregationRefusal::first)
			.isEqualTo("oxidizer");
	}

	@Test
	void oxidizersTravelWithWhatTheTableDoesNotKeepApart() {
		// 2014 hydrogen peroxide is 5.1 with a subsidiary 8; 2794 wet batteries are 8;
		// 3077 is 9.
		assertThat(segregation.mayShare(
				List.of(parcel("peroxide", "2014"), parcel("acid", "2794"), parcel("env", "3077"), PLAIN),
				LITHIUM_25_KG))
			.isEmpty();
		// Flammable liquids and solids travel together: the table keeps only 5.1 apart
		// from them.
		assertThat(segregation.mayShare(List.of(parcel("paint", "1263"), parcel("matches", "1944")), LITHIUM_25_KG))
			.isEmpty();
	}

	@Test
	void subsidiaryHazardsCountAsClasses() {
		assertThat(parcel("peroxide", "2014").goods().classes()).containsExactlyInAnyOrder(HazardClass.OXIDIZER,
				HazardClass.CORROSIVE);
		assertThat(segregation.together(parcel("peroxide", "2014"), parcel("ethanol", "1170"))).get()
			.extracting(SegregationRefusal::reason)
			.isEqualTo(SegregationReason.OXIDIZER_APART_FROM_FLAMMABLE);
	}

	@Test
	void anOxidizerAndAFlammableInOneParcelAreRefusedAlone() {
		SegregationRefusal refusal = segregation.alone(parcel("mixed", "1479", "1993"), LITHIUM_25_KG).orElseThrow();
		assertThat(refusal.reason()).isEqualTo(SegregationReason.OXIDIZER_APART_FROM_FLAMMABLE);
		assertThat(refusal.first()).isEqualTo("mixed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "3090", "3091", "3480", "3481" })
	void lithiumBatteriesOnlyOnLanesThatAcceptThem(String lithium) {
		Packable batteries = parcel("batteries", lithium + ":2.5");
		assertThat(batteries.goods().lithiumKg()).isEqualByComparingTo("2.5");
		SegregationRefusal refusal = segregation.mayShare(List.of(PLAIN, batteries), LaneLimits.NO_LITHIUM)
			.orElseThrow();
		assertThat(refusal.reason()).isEqualTo(SegregationReason.LITHIUM_NOT_ACCEPTED);
		assertThat(refusal.first()).isEqualTo("batteries");
		assertThat(refusal.source()).contains("special provisions 188");
		assertThat(segregation.mayShare(List.of(PLAIN, batteries), LITHIUM_25_KG)).isEmpty();
		assertThat(new UnNumber(lithium).isLithiumBattery()).isTrue();
	}

	@Test
	void lithiumWithinTheLanesLimitPerLoad() {
		// 10 + 15 = 25 kg: at the limit. 10 + 15 + 0.1 = 25.1 kg: over it, refused at the
		// third.
		Packable ten = parcel("ten", "3480:10");
		Packable fifteen = parcel("fifteen", "3481:15");
		Packable tenth = parcel("tenth", "3090:0.1");
		assertThat(segregation.mayShare(List.of(ten, fifteen), LITHIUM_25_KG)).isEmpty();
		SegregationRefusal refusal = segregation.mayShare(List.of(ten, fifteen, tenth), LITHIUM_25_KG).orElseThrow();
		assertThat(refusal.reason()).isEqualTo(SegregationReason.LITHIUM_OVER_LIMIT);
		assertThat(refusal.first()).isEqualTo("tenth");
		assertThat(refusal.message()).contains("25.1 kg");
		assertThat(refusal.source()).contains("LaneLimits.maxLithiumKgPerLoad");
		assertThat(segregation.alone(parcel("heavy", "3480:30"), LITHIUM_25_KG)).get()
			.extracting(SegregationRefusal::reason)
			.isEqualTo(SegregationReason.LITHIUM_OVER_LIMIT);
	}

	@Test
	void aUnNumberTheTableDoesNotClassifyIsRefused() {
		Packable unknown = parcel("unknown", "1950");
		assertThat(unknown.goods().unclassified()).containsExactly(new UnNumber("1950"));
		SegregationRefusal refusal = segregation.mayShare(List.of(unknown), LITHIUM_25_KG).orElseThrow();
		assertThat(refusal.reason()).isEqualTo(SegregationReason.UNKNOWN_UN_NUMBER);
		assertThat(refusal.message()).contains("1950");
	}

	@Test
	void goodsThatAreNotDangerousAlwaysShare() {
		assertThat(
				segregation.mayShare(List.of(PLAIN, new Packable("other", DangerousGoods.NONE)), LaneLimits.NO_LITHIUM))
			.isEmpty();
	}

	@Test
	void theTableCitesASourceForEveryReasonAndEveryRow() {
		for (SegregationReason reason : SegregationReason.values()) {
			assertThat(table.source(reason)).isNotBlank();
		}
		assertThat(table.apartRules()).hasSize(5)
			.allSatisfy((rule) -> assertThat(rule.source()).containsAnyOf("ADR 2025", "IMDG Code"));
		for (String lithium : List.of("3090", "3091", "3480", "3481")) {
			SegregationTable.Entry entry = table.entry(new UnNumber(lithium)).orElseThrow();
			assertThat(entry.lithium()).isTrue();
			assertThat(entry.hazardClass()).isEqualTo(HazardClass.MISCELLANEOUS);
			assertThat(entry.specialProvisions()).contains("188", "376", "377");
			assertThat(entry.source()).contains("ADR 2025 3.2 Table A");
		}
	}

	@Test
	void everyEntryTheTableMarksAsLithiumIsALithiumBatteryAndNoOtherIs() {
		for (String digits : List.of("3090", "3091", "3480", "3481", "0012", "0336", "0503", "1170", "1263", "1266",
				"1993", "1325", "1944", "1361", "3088", "1415", "2813", "1479", "1942", "2014", "2794", "3268", "3077",
				"1845")) {
			UnNumber un = new UnNumber(digits);
			assertThat(table.entry(un)).get()
				.extracting(SegregationTable.Entry::lithium)
				.isEqualTo(un.isLithiumBattery());
		}
	}

}
