package io.homeward.platform.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTests {

	@Test
	void hsCodesHaveSixToTenDigitsInAClassifyingChapter() {
		assertThat(Codes.hsCode("851310")).isEqualTo("851310");
		assertThat(Codes.hsCode("6403.99.93")).isEqualTo("64039993");
		assertThat(Codes.hsCode("0101210000")).isEqualTo("0101210000");
		assertThat(Codes.hsCode("97010000")).isEqualTo("97010000");
		assertThat(Codes.hsCode("85131")).as("five digits").isNull();
		assertThat(Codes.hsCode("85131000001")).as("eleven digits").isNull();
		assertThat(Codes.hsCode("000000")).as("chapter 00").isNull();
		assertThat(Codes.hsCode("770000")).as("chapter 77 is reserved").isNull();
		assertThat(Codes.hsCode("980100")).as("chapter 98 is national use").isNull();
		assertThat(Codes.hsCode("990000")).as("chapter 99 is national use").isNull();
		assertThat(Codes.hsCode("85A310")).isNull();
	}

	@Test
	void wasteCodesAreListOfWasteEntries() {
		assertThat(Codes.wasteCode("16 02 14")).isEqualTo(new Codes.WasteCode("160214", false));
		assertThat(Codes.wasteCode("200135*")).isEqualTo(new Codes.WasteCode("200135", true));
		assertThat(Codes.wasteCode("20 01 35*").display()).isEqualTo("20 01 35*");
		assertThat(Codes.wasteCode("21 01 01")).as("chapters end at 20").isNull();
		assertThat(Codes.wasteCode("00 01 01")).isNull();
		assertThat(Codes.wasteCode("16 00 14")).isNull();
		assertThat(Codes.wasteCode("1602")).isNull();
	}

	@Test
	void unNumbersAndCountriesAndCurrencies() {
		assertThat(Codes.unNumber("UN3481")).isEqualTo("3481");
		assertThat(Codes.unNumber("un 3480")).isEqualTo("3480");
		assertThat(Codes.unNumber("0000")).isNull();
		assertThat(Codes.unNumber("UN34811")).isNull();
		assertThat(Codes.country("es")).isEqualTo("ES");
		assertThat(Codes.country("XX")).isNull();
		assertThat(Codes.country("ESP")).isNull();
		assertThat(Codes.currency("eur")).isEqualTo("EUR");
		assertThat(Codes.currency("EUX")).isNull();
	}

	@Test
	void globalIdsRoundTripAndRejectGarbage() {
		java.util.UUID id = java.util.UUID.randomUUID();
		String encoded = GlobalId.encode("ReturnOrder", id);
		assertThat(GlobalId.decode(encoded, "ReturnOrder")).contains(id);
		assertThat(GlobalId.decode(encoded, "Program")).isEmpty();
		assertThat(GlobalId.decode("not base64!")).isEmpty();
		assertThat(GlobalId.decode("eHl6")).isEmpty();
	}

}
