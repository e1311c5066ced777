package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parcel's weight shared over its lines by net weight, to the gram and exactly; and the
 * shipper's code in invoice numbers.
 */
class GrossWeightsTests {

	static List<BigDecimal> kg(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void theSharesAddUpToTheParcelsWeightTheMissingGramGoingToTheLineThatLostMost() {
		// 16 kg over 13.000 and 1.800 kg: 14.0540… and 1.9459…
		assertThat(GrossWeights.apportion(new BigDecimal("16.000"), kg("13.000", "1.800")))
			.containsExactly(new BigDecimal("14.054"), new BigDecimal("1.946"));
		// 18 kg over 6.400, 8.500 and 0.150 kg: remainders .485, .112, .402 of a gram.
		assertThat(GrossWeights.apportion(new BigDecimal("18.000"), kg("6.400", "8.500", "0.150")))
			.containsExactly(new BigDecimal("7.655"), new BigDecimal("10.166"), new BigDecimal("0.179"));
	}

	@Test
	void equalRemaindersGoToTheEarlierLines() {
		// 1 kg over three equal lines: 333 g each and one gram left, to the first.
		List<BigDecimal> shares = GrossWeights.apportion(new BigDecimal("1.000"), kg("0.100", "0.100", "0.100"));

		assertThat(shares).containsExactly(new BigDecimal("0.334"), new BigDecimal("0.333"), new BigDecimal("0.333"));
		assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1.000");
	}

	@Test
	void noShareIsBelowItsNetWeightAndAParcelAsHeavyAsItsGoodsGivesEachItsNet() {
		assertThat(GrossWeights.apportion(new BigDecimal("2.001"), kg("0.001", "2.000")))
			.allSatisfy((share) -> assertThat(share).isGreaterThanOrEqualTo(new BigDecimal("0.001")))
			.containsExactly(new BigDecimal("0.001"), new BigDecimal("2.000"));
		assertThat(GrossWeights.apportion(new BigDecimal("3.000"), kg("1.000", "2.000")))
			.containsExactly(new BigDecimal("1.000"), new BigDecimal("2.000"));
	}

	@Test
	void aParcelRecordedLighterThanItsGoodsLeavesEachLineItsNetWeight() {
		assertThat(GrossWeights.apportion(new BigDecimal("1.000"), kg("0.800", "0.700")))
			.containsExactly(new BigDecimal("0.800"), new BigDecimal("0.700"));
	}

	@Test
	void aShippersCodeIsEightCrockfordLettersStableAndItsOwn() {
		UUID acme = UUID.fromString("22222222-2222-4222-8222-222222222222");
		UUID globex = UUID.fromString("33333333-3333-4333-8333-333333333333");

		assertThat(ShipperCode.of(acme)).matches("[0-9A-HJKMNP-TV-Z]{8}").isEqualTo(ShipperCode.of(acme));
		assertThat(ShipperCode.of(globex)).matches("[0-9A-HJKMNP-TV-Z]{8}").isNotEqualTo(ShipperCode.of(acme));
		// Not the id's own digits: the code tells nothing of the id.
		assertThat(acme.toString().toUpperCase().replace("-", "")).doesNotContain(ShipperCode.of(acme));
	}

}
