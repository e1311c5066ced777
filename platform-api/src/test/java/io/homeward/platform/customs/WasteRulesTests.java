package io.homeward.platform.customs;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.homeward.platform.shared.WasteCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The waste papers per List of Waste entry: green-listed, hazardous (an asterisk entry),
 * e-waste before and from 1 January 2025, and codes the table does not classify, which
 * are never answered as green.
 */
class WasteRulesTests {

	static final WasteRules rules = WasteRules.standard();

	@ParameterizedTest(name = "[{index}] {0} shipped {1}: {3}")
	@CsvSource(delimiter = ';', nullValues = "-",
			textBlock = """
					# code; shipped on; classified; documents (kind:listing); reason says
					# green-listed: the Annex VII document alone
					20 01 01; 2026-06-01; true; ANNEX_VII_DOCUMENT:B3020; needs ANNEX_VII_DOCUMENT
					15 01 01; 2026-06-01; true; ANNEX_VII_DOCUMENT:B3020; needs ANNEX_VII_DOCUMENT
					15 01 07; 2026-06-01; true; ANNEX_VII_DOCUMENT:B2020; needs ANNEX_VII_DOCUMENT
					15 01 04; 2026-06-01; true; ANNEX_VII_DOCUMENT:B1010; needs ANNEX_VII_DOCUMENT
					16 01 03; 2026-06-01; true; ANNEX_VII_DOCUMENT:B3140; needs ANNEX_VII_DOCUMENT
					# hazardous, an asterisk entry: notification and consent
					17 05 03*; 2026-06-01; true; PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT:Annex IV; needs PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT
					20 01 21*; 2026-06-01; true; PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT:Annex IV; needs PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT
					# e-waste: Basel prior informed consent from 1 January 2025, Y49 or A1181
					20 01 36; 2025-01-01; true; BASEL_PRIOR_INFORMED_CONSENT:Y49; (Y49)
					16 02 14; 2026-06-01; true; BASEL_PRIOR_INFORMED_CONSENT:Y49; (Y49)
					16 02 16; 2026-06-01; true; BASEL_PRIOR_INFORMED_CONSENT:Y49; (Y49)
					20 01 35*; 2025-01-01; true; PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT:Annex IV BASEL_PRIOR_INFORMED_CONSENT:A1181; (A1181)
					16 02 13*; 2026-06-01; true; PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT:Annex IV BASEL_PRIOR_INFORMED_CONSENT:A1181; (A1181)
					20 01 23*; 2026-06-01; true; PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT:Annex IV BASEL_PRIOR_INFORMED_CONSENT:A1181; (A1181)
					# the day before the Basel entries took effect
					20 01 35*; 2024-12-31; true; PRIOR_WRITTEN_NOTIFICATION_AND_CONSENT:Annex IV; (Annex IV)
					20 01 36; 2024-12-31; false; -; does not classify 20 01 36 for a shipment on 2024-12-31
					# in no table: not classified, never green
					02 01 03; 2026-06-01; false; -; does not classify 02 01 03
					20 03 01; 2026-06-01; false; -; does not classify 20 03 01
					# a hazardous entry given without its asterisk is not read as non-hazardous
					20 01 35; 2026-06-01; false; -; does not classify 20 01 35
					""")
	void eachItemNeedsThePapersOfItsEntry(String code, LocalDate shippedOn, boolean classified,
			@Nullable String documents, String reason) {
		WastePapers papers = rules.papers(WasteCode.parse(code).orElseThrow(), shippedOn);

		assertThat(papers.classified()).isEqualTo(classified);
		assertThat(papers.documents()).extracting((d) -> d.kind() + ":" + d.listing())
			.containsExactlyInAnyOrderElementsOf(expected(documents));
		assertThat(papers.documents()).allSatisfy((d) -> assertThat(d.source()).isNotBlank());
		assertThat(papers.reason()).contains(reason);
	}

	@Test
	void eachDocumentNamesTheEntryThatAskedForItAndItsSource() {
		WastePapers papers = rules.papers(WasteCode.parse("16 02 13*").orElseThrow(), LocalDate.parse("2026-06-01"));

		assertThat(papers.documents()).extracting(RequiredWasteDocument::entry)
			.containsExactly("xx xx xx*", "16 02 xx*");
		assertThat(papers.documents().get(0).source()).contains("Regulation (EU) 2024/1157", "2000/532/EC");
		assertThat(papers.documents().get(1).source()).contains("A1181", "BC-15/18", "1 January 2025");
	}

	@Test
	void greenListingGivesWayToAnyOtherRegimeForTheSameCode() {
		WasteRules table = WasteRules.read(new StringReader("""
				16 02 14,GREEN_LIST,B1110,,a green row someone added
				16 02 xx,BASEL_PIC,Y49,2025-01-01,Basel Y49
				"""));

		assertThat(table.papers(new WasteCode("160214", false), LocalDate.parse("2025-01-01")).documents())
			.extracting(RequiredWasteDocument::kind)
			.containsExactly(WasteDocumentKind.BASEL_PRIOR_INFORMED_CONSENT);
		assertThat(table.papers(new WasteCode("160214", false), LocalDate.parse("2024-12-31")).documents())
			.extracting(RequiredWasteDocument::kind)
			.containsExactly(WasteDocumentKind.ANNEX_VII_DOCUMENT);
	}

	@Test
	void theShippedTableLoadsAndEveryRowHasASource() {
		assertThat(rules.rows()).hasSize(12);
		assertThat(rules.rows()).allSatisfy((row) -> assertThat(row.source()).isNotBlank());
		assertThat(rules.rows()).filteredOn((row) -> row.regime() == WasteRegime.GREEN_LIST)
			.allSatisfy((row) -> assertThat(row.hazardous() || row.digits().contains("x")).isFalse());
	}

	@ParameterizedTest(name = "[{index}] {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			'16 02 xx,BASEL_PIC,Y49,2025-01-01'|line 2: expected 5 fields, found 4
			'16 02 xx,BASEL_PIC,Y49,2025-01-01, '|line 2: the row gives no source
			'16 02,BASEL_PIC,Y49,2025-01-01,Basel'|line 2: not an entry like
			'16 0x 14,BASEL_PIC,Y49,2025-01-01,Basel'|line 2: not an entry like
			'16 02 xx,AMBER,Y49,2025-01-01,Basel'|line 2: No enum constant
			'16 02 xx,BASEL_PIC,,2025-01-01,Basel'|line 2: the row names no listing
			'16 02 xx,BASEL_PIC,Y49,1 January 2025,Basel'|line 2: Text '1 January 2025' could not be parsed
			'16 02 xx,GREEN_LIST,B1110,,WSR Annex III'|line 2: a GREEN_LIST row names one non-hazardous code
			'20 01 35*,GREEN_LIST,B1110,,WSR Annex III'|line 2: a GREEN_LIST row names one non-hazardous code
			'21 01 01,GREEN_LIST,B3020,,WSR Annex III'|line 2: Not a List of Waste code
			""")
	void aMalformedRowFailsTheTableWithItsLine(String row, String message) {
		assertThatIllegalStateException()
			.isThrownBy(() -> WasteRules.read(new StringReader("# entry,regime,listing,in_force_from,source\n" + row)))
			.withMessageStartingWith("customs/waste-regimes.csv line 2: ")
			.withMessageContaining(message.substring("line 2: ".length()));
	}

	private static List<String> expected(@Nullable String documents) {
		if (documents == null) {
			return List.of();
		}
		// "KIND:Annex IV KIND:Y49": split before each KIND, which starts with a capital
		// word and a colon.
		return Arrays.stream(documents.split(" (?=[A-Z_]+:)")).toList();
	}

}
