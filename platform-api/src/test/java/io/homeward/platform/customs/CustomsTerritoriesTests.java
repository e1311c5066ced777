package io.homeward.platform.customs;

import java.io.StringReader;

import io.homeward.platform.shared.CountryCode;
import io.homeward.platform.shared.rules.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CustomsTerritoriesTests {

	static final CustomsTerritories SHIPPED = CustomsTerritories.read(CsvTable.resource(CustomsTerritories.TABLE));

	@ParameterizedTest(name = "{0} to {1}: crosses a border {2}")
	@CsvSource(textBlock = """
			ES, NL, false
			DE, FR, false
			MC, FR, false
			ES, GB, true
			BR, NL, true
			GB, US, true
			CH, DE, true
			NO, SE, true
			US, US, false
			""")
	void aLaneCrossesACustomsBorderWhenItsHubsLieInDifferentTerritoriesWithTheUnionAsOne(String from, String to,
			boolean crosses) {
		assertThat(SHIPPED.crossesBorder(new CountryCode(from), new CountryCode(to))).isEqualTo(crosses);
		assertThat(SHIPPED.crossesBorder(new CountryCode(to), new CountryCode(from))).isEqualTo(crosses);
	}

	@Test
	void theUnionHasItsTwentySevenMembersAndMonacoAndEveryRowItsSource() {
		assertThat(SHIPPED.rows()).hasSize(28).allSatisfy((row) -> assertThat(row.source()).isNotBlank());
		assertThat(SHIPPED.unions()).containsExactly("EU");
		assertThat(SHIPPED.territoryOf(new CountryCode("GB"))).isEqualTo("GB");
	}

	@Test
	void aCountryListedTwiceFailsTheTableWithItsLine() {
		assertThatIllegalStateException()
			.isThrownBy(() -> CustomsTerritories.read(new StringReader("ES,EU,UCC Art. 4\nES,EU,UCC Art. 4\n")))
			.withMessageStartingWith("customs/territories.csv line 2")
			.withMessageContaining("listed twice");
	}

}
