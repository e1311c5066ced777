package io.homeward.platform.customs;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.homeward.platform.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Returned goods relief at every boundary the rules name: three years minus a day, on the
 * day and plus a day; made in the importing territory or elsewhere; improved abroad;
 * state changed; each piece of evidence missing; and a territory with no rule.
 */
class ReliefRulesTests {

	static final ReliefRules rules = ReliefRules.standard();

	static final String EXPORT_REF = "EXPORT_DECLARATION_REFERENCE";

	static final String US_DOCS = "PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION";

	@ParameterizedTest(name = "[{index}] into {0}, exported {1}, back {2}, made in {3} -> {7} by {8}")
	@CsvSource(delimiter = ';', nullValues = "-",
			textBlock = """
					# importing; exported; re-imported; made in; improved; unchanged; evidence held; verdict; rule; missing; reason says
					# EU, Art. 203(1): three years from the day of export, the same date three years on still within
					DE; 2023-03-15; 2026-03-14; CN; false; true; EXPORT_DECLARATION_REFERENCE; ELIGIBLE; EU_UCC_203; -; within 3 years
					DE; 2023-03-15; 2026-03-15; CN; false; true; EXPORT_DECLARATION_REFERENCE; ELIGIBLE; EU_UCC_203; -; within 3 years
					DE; 2023-03-15; 2026-03-16; CN; false; true; EXPORT_DECLARATION_REFERENCE; NOT_ELIGIBLE; EU_UCC_203; -; after 2026-03-15
					# A period from 29 February ends on 28 February when the last year has none
					FR; 2024-02-29; 2027-02-28; FR; false; true; EXPORT_DECLARATION_REFERENCE; ELIGIBLE; EU_UCC_203; -; within 3 years
					FR; 2024-02-29; 2027-03-01; FR; false; true; EXPORT_DECLARATION_REFERENCE; NOT_ELIGIBLE; EU_UCC_203; -; after 2027-02-28
					# Made in the Union or not makes no difference to Art. 203
					IT; 2025-01-10; 2026-01-10; IT; false; true; INF3_INFORMATION_SHEET; ELIGIBLE; EU_UCC_203; -; within 3 years
					# One customs territory: Monaco belongs to it
					MC; 2025-01-10; 2026-01-10; US; false; true; INF3_INFORMATION_SHEET; ELIGIBLE; EU_UCC_203; -; within 3 years
					# Art. 203(5): in the state exported; an improvement is a change of state
					DE; 2025-01-10; 2026-01-10; CN; false; false; EXPORT_DECLARATION_REFERENCE; NOT_ELIGIBLE; EU_UCC_203; -; state in which it was exported
					DE; 2025-01-10; 2026-01-10; CN; true; true; EXPORT_DECLARATION_REFERENCE; NOT_ELIGIBLE; EU_UCC_203; -; improved
					# Evidence: either the export declaration reference or the INF 3
					DE; 2025-01-10; 2026-01-10; CN; false; true; -; EVIDENCE_MISSING; EU_UCC_203; EXPORT_DECLARATION_REFERENCE|INF3_INFORMATION_SHEET; evidence is missing
					NL; 2025-01-10; 2026-01-10; CN; false; true; PROOF_OF_EXPORT; EVIDENCE_MISSING; EU_UCC_203; EXPORT_DECLARATION_REFERENCE|INF3_INFORMATION_SHEET; EXPORT_DECLARATION_REFERENCE or INF3_INFORMATION_SHEET
					# A condition not met outweighs missing evidence: nothing to collect
					DE; 2023-03-15; 2026-03-16; CN; false; true; -; NOT_ELIGIBLE; EU_UCC_203; -; after 2026-03-15
					# US, 9801.00.10: US-made goods with no time limit
					US; 2023-03-15; 2026-03-16; US; false; true; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; ELIGIBLE; US_9801_00_10_US_MADE; -; no time limit
					US; 2001-06-01; 2026-06-01; US; false; true; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; ELIGIBLE; US_9801_00_10_US_MADE; -; no time limit
					# foreign-made goods within 3 years
					US; 2023-03-15; 2026-03-14; CN; false; true; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; ELIGIBLE; US_9801_00_10_FOREIGN_MADE; -; within 3 years
					US; 2023-03-15; 2026-03-15; DE; false; true; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; ELIGIBLE; US_9801_00_10_FOREIGN_MADE; -; within 3 years
					US; 2023-03-15; 2026-03-16; DE; false; true; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; NOT_ELIGIBLE; US_9801_00_10_FOREIGN_MADE; -; after 2026-03-15
					# not advanced in value or improved abroad, whoever made them
					US; 2025-01-10; 2026-01-10; US; true; true; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; NOT_ELIGIBLE; US_9801_00_10_US_MADE; -; improved
					US; 2025-01-10; 2026-01-10; CN; true; true; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; NOT_ELIGIBLE; US_9801_00_10_FOREIGN_MADE; -; improved
					# 9801.00.10 asks for no improvement, not the same state: damaged goods still qualify
					US; 2025-01-10; 2026-01-10; CN; false; false; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; ELIGIBLE; US_9801_00_10_FOREIGN_MADE; -; within 3 years
					# both documents are needed, each one missing on its own and both
					US; 2025-01-10; 2026-01-10; US; false; true; FOREIGN_SHIPPER_DECLARATION; EVIDENCE_MISSING; US_9801_00_10_US_MADE; PROOF_OF_EXPORT; PROOF_OF_EXPORT
					US; 2025-01-10; 2026-01-10; CN; false; true; PROOF_OF_EXPORT; EVIDENCE_MISSING; US_9801_00_10_FOREIGN_MADE; FOREIGN_SHIPPER_DECLARATION; FOREIGN_SHIPPER_DECLARATION
					US; 2025-01-10; 2026-01-10; CN; false; true; EXPORT_DECLARATION_REFERENCE; EVIDENCE_MISSING; US_9801_00_10_FOREIGN_MADE; PROOF_OF_EXPORT FOREIGN_SHIPPER_DECLARATION; evidence is missing
					# Otherwise: no relief, with the reason, even for goods that would qualify elsewhere
					CH; 2025-01-10; 2026-01-10; CH; false; true; EXPORT_DECLARATION_REFERENCE; NOT_ELIGIBLE; NO_RULE; -; No returned goods relief rule is known for goods re-imported into CH
					GB; 2025-01-10; 2026-01-10; GB; false; true; EXPORT_DECLARATION_REFERENCE; NOT_ELIGIBLE; NO_RULE; -; re-imported into GB
					""")
	void decidesEachItemByTheRuleOfItsImportingTerritory(String importing, LocalDate exported, LocalDate reimported,
			String madeIn, boolean improved, boolean unchanged, @Nullable String evidence, ReliefVerdict verdict,
			String rule, @Nullable String missing, String reason) {
		ReliefDecision decision = rules.decide(new ReliefItem(new CountryCode(importing), exported, reimported,
				new CountryCode(madeIn), improved, unchanged, kinds(evidence)));

		assertThat(decision.verdict()).isEqualTo(verdict);
		assertThat(decision.rule()).isEqualTo(rule);
		assertThat(decision.missingEvidence()).containsExactlyElementsOf(groups(missing));
		assertThat(decision.reason()).contains(reason);
		assertThat(decision.source()).isNotBlank();
	}

	@Test
	void eachDecisionCitesTheSourceOfItsRule() {
		ReliefDecision eu = rules.decide(item("DE", "CN", EXPORT_REF));
		ReliefDecision usMade = rules.decide(item("US", "US", US_DOCS));
		ReliefDecision other = rules.decide(item("JP", "JP", EXPORT_REF));

		assertThat(eu.source()).contains("Regulation (EU) No 952/2013", "Art. 203(1)", "203(5)",
				"http://data.europa.eu/eli/reg/2013/952/oj");
		assertThat(usMade.source()).contains("HTSUS subheading 9801.00.10", "19 CFR 10.1(a)(1)");
		assertThat(other.source()).startsWith("Platform rule");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
			"LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "MC" })
	void theUnionIsOneCustomsTerritory(String country) {
		assertThat(rules.territoryOf(new CountryCode(country))).isEqualTo("EU");
	}

	@ParameterizedTest
	@ValueSource(strings = { "GB", "CH", "NO", "TR", "AD", "SM", "US" })
	void aCountryOutsideTheUnionIsATerritoryOfItsOwn(String country) {
		assertThat(rules.territoryOf(new CountryCode(country))).isEqualTo(country);
	}

	@Test
	void theShippedTablesLoadAndEveryRowHasASource() {
		assertThat(rules.rules()).extracting(ReliefRules.Rule::id)
			.containsExactly("EU_UCC_203", "US_9801_00_10_US_MADE", "US_9801_00_10_FOREIGN_MADE");
		assertThat(rules.rows()).hasSize(28 + 4);
		assertThat(rules.rows()).allSatisfy((row) -> assertThat(row.source()).isNotBlank());
	}

	@Test
	void anItemCannotComeBackBeforeItLeft() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReliefItem(new CountryCode("DE"), LocalDate.parse("2026-01-10"),
					LocalDate.parse("2026-01-09"), new CountryCode("CN"), false, true, Set.of()))
			.withMessageContaining("before it was exported");
	}

	static final String TERRITORIES = """
			# country,territory,source
			DE,EU,UCC Art. 4
			""";

	static final String HEADER = "# rule,territory,made_in,years,same_state,not_improved,evidence,source\n";

	static final String FALLBACK = "NO_RULE,*,,,,,,Platform rule\n";

	@ParameterizedTest(name = "[{index}] {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			'EU_UCC_203,EU,ANY,3,true,true,INF3_INFORMATION_SHEET'|line 2: expected 8 fields, found 7
			'EU_UCC_203,EU,ANY,3,true,true,INF3_INFORMATION_SHEET, '|line 2: the row gives no source
			'EU_UCC_203,EU,ANY,3,true,true,INF3_SHEET,UCC Art. 203'|line 2: No enum constant
			'EU_UCC_203,EU,ANY,3,yes,true,INF3_INFORMATION_SHEET,UCC Art. 203'|line 2: expected true or false
			'EU_UCC_203,EU,ANY,three,true,true,INF3_INFORMATION_SHEET,UCC Art. 203'|line 2: For input string
			'EU_UCC_203,EU,ANY,0,true,true,INF3_INFORMATION_SHEET,UCC Art. 203'|line 2: years must be positive
			'EU_UCC_203,EU,SOMEWHERE,3,true,true,INF3_INFORMATION_SHEET,UCC Art. 203'|line 2: No enum constant
			'EU_UCC_203,XX,ANY,3,true,true,INF3_INFORMATION_SHEET,UCC Art. 203'|line 2: not a territory or country: XX
			'EU_UCC_203,EU,ANY,3,true,true,,UCC Art. 203'|line 2: a relief rule names no evidence
			'EU_UCC_203,EU,ANY,3,true,true,"INF3_INFORMATION_SHEET,UCC Art. 203'|line 2: not valid CSV
			'NO_RULE,*,,3,,,,Platform rule'|line 2: the * row states no conditions
			""")
	void aMalformedRuleFailsTheTableWithItsLine(String row, String message) {
		assertThatIllegalStateException().isThrownBy(
				() -> ReliefRules.read(new StringReader(TERRITORIES), new StringReader(HEADER + row + "\n" + FALLBACK)))
			.withMessageStartingWith("customs/relief-rules.csv " + message.substring(0, message.indexOf(':')))
			.withMessageContaining(message);
	}

	@Test
	void aRuleIdUsedTwiceFailsTheTableWithTheSecondLine() {
		String twice = "A,EU,ANY,3,true,true,INF3_INFORMATION_SHEET,UCC\nA,EU,ANY,3,true,true,INF3_INFORMATION_SHEET,UCC\n";
		assertThatIllegalStateException()
			.isThrownBy(() -> ReliefRules.read(new StringReader(TERRITORIES), new StringReader(HEADER + twice)))
			.withMessageStartingWith("customs/relief-rules.csv line 3: rule id missing or used twice");
	}

	@Test
	void theTableNeedsExactlyOneRuleForAnyOtherTerritory() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReliefRules.read(new StringReader(TERRITORIES),
					new StringReader(HEADER + "EU_UCC_203,EU,ANY,3,true,true,INF3_INFORMATION_SHEET,UCC\n")))
			.withMessageContaining("exactly one row for territory *");
		assertThatIllegalStateException()
			.isThrownBy(() -> ReliefRules.read(new StringReader(TERRITORIES),
					new StringReader(HEADER + FALLBACK + FALLBACK.replace("NO_RULE", "NONE"))))
			.withMessageContaining("exactly one row for territory *, has 2");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ZZ,EU,UCC Art. 4|line 2: Not an ISO 3166-1 alpha-2 country code: ZZ
			DE,,UCC Art. 4|line 2: no territory for DE
			DE,EU|line 2: expected 3 fields, found 2
			DE,EU,|line 2: the row gives no source
			""")
	void aMalformedTerritoryFailsTheTableWithItsLine(String row, String message) {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReliefRules.read(new StringReader("# country,territory,source\n" + row + "\n"),
					new StringReader(HEADER + FALLBACK)))
			.withMessage("customs/territories.csv " + message);
	}

	@Test
	void aCountryListedTwiceFailsTheTable() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ReliefRules.read(new StringReader("DE,EU,UCC\n\nDE,EU,UCC\n"),
					new StringReader(HEADER + FALLBACK)))
			.withMessage("customs/territories.csv line 3: DE is listed twice");
	}

	private static ReliefItem item(String importing, String madeIn, String evidence) {
		return new ReliefItem(new CountryCode(importing), LocalDate.parse("2025-01-10"), LocalDate.parse("2026-01-10"),
				new CountryCode(madeIn), false, true, kinds(evidence));
	}

	private static Set<EvidenceKind> kinds(@Nullable String text) {
		Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
		if (text != null) {
			Arrays.stream(text.split("[ |]")).map(String::strip).map(EvidenceKind::valueOf).forEach(kinds::add);
		}
		return kinds;
	}

	private static List<Set<EvidenceKind>> groups(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(" ")).map((group) -> kinds(group.toUpperCase(Locale.ROOT))).toList();
	}

}
