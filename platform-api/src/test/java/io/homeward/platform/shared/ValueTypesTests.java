package io.homeward.platform.shared;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The value types parse what clients send once, and cannot be built invalid. */
class ValueTypesTests {

	@Test
	void hsCodesHaveSixToTenDigitsInAClassifyingChapter() {
		assertThat(HsCode.parse("851310")).map(HsCode::digits).contains("851310");
		assertThat(HsCode.parse("6403.99.93")).map(HsCode::digits).contains("64039993");
		assertThat(HsCode.parse("0101210000")).map(HsCode::digits).contains("0101210000");
		assertThat(HsCode.parse("97010000")).map(HsCode::digits).contains("97010000");
		assertThat(HsCode.parse("85131")).as("five digits").isEmpty();
		assertThat(HsCode.parse("85131000001")).as("eleven digits").isEmpty();
		assertThat(HsCode.parse("000000")).as("chapter 00").isEmpty();
		assertThat(HsCode.parse("770000")).as("chapter 77 is reserved").isEmpty();
		assertThat(HsCode.parse("980100")).as("chapter 98 is national use").isEmpty();
		assertThat(HsCode.parse("990000")).as("chapter 99 is national use").isEmpty();
		assertThat(HsCode.parse("85A310")).isEmpty();
		HsCode boots = HsCode.parse("6403.99.93").orElseThrow();
		assertThat(boots.chapter()).isEqualTo(64);
		assertThat(boots.subheading()).isEqualTo("640399");
		assertThatIllegalArgumentException().isThrownBy(() -> new HsCode("770000"));
	}

	@Test
	void wasteCodesAreListOfWasteEntries() {
		assertThat(WasteCode.parse("16 02 14")).contains(new WasteCode("160214", false));
		assertThat(WasteCode.parse("200135*")).contains(new WasteCode("200135", true));
		assertThat(WasteCode.parse("20 01 35*").map(WasteCode::display)).contains("20 01 35*");
		assertThat(WasteCode.parse("21 01 01")).as("chapters end at 20").isEmpty();
		assertThat(WasteCode.parse("00 01 01")).isEmpty();
		assertThat(WasteCode.parse("16 00 14")).isEmpty();
		assertThat(WasteCode.parse("1602")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new WasteCode("210101", false));
	}

	@Test
	void unNumbersAndCountriesAndCurrencies() {
		assertThat(UnNumber.parse("UN3481")).map(UnNumber::digits).contains("3481");
		assertThat(UnNumber.parse("un 3480")).map(UnNumber::digits).contains("3480");
		assertThat(UnNumber.parse("0000")).isEmpty();
		assertThat(UnNumber.parse("UN34811")).isEmpty();
		assertThat(UnNumber.parse("UN3481").orElseThrow().isLithiumBattery()).isTrue();
		assertThat(UnNumber.parse("1203").orElseThrow().isLithiumBattery()).isFalse();
		assertThat(CountryCode.parse("es")).map(CountryCode::value).contains("ES");
		assertThat(CountryCode.parse("XX")).isEmpty();
		assertThat(CountryCode.parse("ESP")).isEmpty();
		assertThat(Money.currency("eur")).map(java.util.Currency::getCurrencyCode).contains("EUR");
		assertThat(Money.currency("EUX")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new CountryCode("es"));
	}

	@Test
	void globalIdsRoundTripAndRejectGarbage() {
		UUID id = UUID.randomUUID();
		String encoded = GlobalId.encode("ReturnOrder", id);
		assertThat(GlobalId.decode(encoded, "ReturnOrder")).contains(id);
		assertThat(GlobalId.decode(encoded, "Program")).isEmpty();
		assertThat(GlobalId.decode("not base64!")).isEmpty();
		assertThat(GlobalId.decode("eHl6")).isEmpty();
		assertThat(GlobalId.decodeOrNone(encoded, "ReturnOrder")).isEqualTo(id);
		assertThat(GlobalId.decodeOrNone(encoded, "Program")).isEqualTo(GlobalId.NONE);
		assertThat(GlobalId.decodeOrNone("garbage", "Program")).isEqualTo(new UUID(0, 0));
	}

	@Test
	void anOutcomeIsItsValueOrEveryErrorThatStoppedIt() {
		Outcome<String> done = Outcome.done("x");
		assertThat(done.valueOrNull()).isEqualTo("x");
		assertThat(done.errors()).isEmpty();
		assertThat(done.map(String::length).valueOrNull()).isEqualTo(1);
		Outcome<String> refused = Outcome.refused("items.0.hsCode", CommonErrorCode.INVALID_HS_CODE, "bad");
		assertThat(refused.valueOrNull()).isNull();
		assertThat(refused.map(String::length).errors()).singleElement().satisfies((error) -> {
			assertThat(error.field()).containsExactly("items", "0", "hsCode");
			assertThat(error.under("input").field()).containsExactly("input", "items", "0", "hsCode");
		});
		assertThat(UserError.of("", CommonErrorCode.NOT_PERMITTED, "no").under("input").field())
			.containsExactly("input");
		assertThatIllegalArgumentException().isThrownBy(() -> Outcome.refused(java.util.List.of()));
		assertThat(Optional.ofNullable(refused.valueOrNull())).isEmpty();
	}

}
