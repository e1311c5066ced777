package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The lines of a declaration as a pure function of the items in a load: grouping,
 * numbering, exact gross apportionment and one rounding per line.
 */
class DeclarationLinesTests {

	static final UUID ACME = UUID.fromString("22222222-2222-4222-8222-222222222222");

	static final UUID GLOBEX = UUID.fromString("33333333-3333-4333-8333-333333333333");

	static final UUID ACME_PARCEL = UUID.randomUUID();

	static final UUID GLOBEX_PARCEL = UUID.randomUUID();

	static final Currency EUR = Currency.getInstance("EUR");

	static DeclarationLines.Item item(UUID shipper, UUID parcel, String parcelKg, String hs, String origin,
			int quantity, String unitValue, String currency, String unitKg) {
		return new DeclarationLines.Item(shipper, parcel, new BigDecimal(parcelKg), hs, origin, quantity,
				new BigDecimal(unitValue), currency, new BigDecimal(unitKg));
	}

	/**
	 * The scratch load's items, Globex's parcel first, so order cannot come from input.
	 */
	static List<DeclarationLines.Item> scratchLoad() {
		return List.of(item(GLOBEX, GLOBEX_PARCEL, "18.000", "854999", "CN", 40, "1.50", "USD", "0.160"),
				item(GLOBEX, GLOBEX_PARCEL, "18.000", "854991", "CN", 5, "6.00", "USD", "1.700"),
				item(GLOBEX, GLOBEX_PARCEL, "18.000", "851762", "US", 3, "199.00", "USD", "0.050"),
				item(ACME, ACME_PARCEL, "16.000", "85167100", "DE", 2, "389.00", "EUR", "6.500"),
				item(ACME, ACME_PARCEL, "16.000", "846721", "CN", 1, "129.90", "EUR", "1.800"));
	}

	@Test
	void oneLinePerShipperHsCodeAndOriginNumberedByShipperThenCodeThenOrigin() {
		List<DeclarationLines.Line> lines = DeclarationLines.of(scratchLoad(), EUR,
				Map.of("USD", new BigDecimal("0.9137")));
		assertThat(lines)
			.extracting((l) -> l.lineNumber() + " " + l.hsCode() + " " + l.originCountry() + " " + l.quantity() + " "
					+ l.netKg() + " " + l.grossKg() + " " + l.statisticalValue())
			.containsExactly("1 846721 CN 1 1.800 1.946 129.90", "2 85167100 DE 2 13.000 14.054 778.00",
					// 597.00 × 0.9137 = 545.4789; 30.00 × 0.9137 = 27.411; 60.00 × 0.9137
					// = 54.822
					"3 851762 US 3 0.150 0.179 545.48", "4 854991 CN 5 8.500 10.166 27.41",
					"5 854999 CN 40 6.400 7.655 54.82");
		assertThat(lines).extracting(DeclarationLines.Line::shipperId)
			.containsExactly(ACME, ACME, GLOBEX, GLOBEX, GLOBEX);
	}

	@Test
	void theGrossOfTheLinesIsTheParcelsWeightToTheGram() {
		List<DeclarationLines.Line> lines = DeclarationLines.of(scratchLoad(), EUR,
				Map.of("USD", new BigDecimal("0.9137")));
		assertThat(lines.stream().map(DeclarationLines.Line::grossKg).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("34.000");
		// Three equal items in a 1 kg parcel: 333 g each and the gram left to the first.
		UUID parcel = UUID.randomUUID();
		List<DeclarationLines.Item> thirds = new ArrayList<>();
		for (String hs : List.of("111111", "222222", "333333")) {
			thirds.add(item(ACME, parcel, "1.000", hs, "DE", 1, "1.00", "EUR", "0.100"));
		}
		assertThat(DeclarationLines.gross(thirds)).extracting(BigDecimal::toPlainString)
			.containsExactly("0.334", "0.333", "0.333");
	}

	@Test
	void itemsOfOneShipperCodeAndOriginInSeveralParcelsMakeOneLineRoundedOnce() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		// 0.33 USD × 0.5 = 0.165 each: rounded per item it would be 0.17 + 0.17.
		List<DeclarationLines.Line> lines = DeclarationLines.of(
				List.of(item(ACME, first, "1.000", "851762", "US", 1, "0.33", "USD", "0.500"),
						item(ACME, second, "2.000", "851762", "US", 1, "0.33", "USD", "0.500")),
				EUR, Map.of("USD", new BigDecimal("0.5")));
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.quantity()).isEqualTo(2);
			assertThat(line.netKg()).isEqualByComparingTo("1.000");
			assertThat(line.grossKg()).isEqualByComparingTo("3.000");
			assertThat(line.statisticalValue()).isEqualByComparingTo("0.33");
		});
	}

	@Test
	void valuesAreRoundedHalfUpToTheMinorUnitOfTheDeclarationsCurrency() {
		UUID parcel = UUID.randomUUID();
		List<DeclarationLines.Item> items = List
			.of(item(ACME, parcel, "1.000", "851762", "US", 1, "100.50", "USD", "0.500"));
		assertThat(DeclarationLines.of(items, Currency.getInstance("JPY"), Map.of("USD", BigDecimal.ONE)))
			.singleElement()
			.satisfies((line) -> assertThat(line.statisticalValue().toPlainString()).isEqualTo("101"));
		assertThat(DeclarationLines.of(items, Currency.getInstance("BHD"), Map.of("USD", new BigDecimal("0.37605"))))
			.singleElement()
			// 100.50 × 0.37605 = 37.793025
			.satisfies((line) -> assertThat(line.statisticalValue().toPlainString()).isEqualTo("37.793"));
	}

	@Test
	void anItemInACurrencyWithoutARateIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> DeclarationLines.of(scratchLoad(), EUR, Map.of()))
			.withMessageContaining("USD");
	}

}
