package io.homeward.platform.disposition;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.homeward.platform.disposition.DispositionRules.Choice;
import io.homeward.platform.disposition.DispositionRules.Item;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The disposition rules on the shipped tables: transitions, the waste operations each
 * disposition records, the ESPR ban at its dates, sizes and headings, and the functional
 * test of used electronics.
 */
class DispositionRulesTests {

	static final WasteOperations OPERATIONS = WasteOperations.shipped();

	static final EsprDestructionBan BAN = EsprDestructionBan.shipped();

	static final DispositionRules RULES = new DispositionRules(OPERATIONS, BAN);

	static final LocalDate BEFORE_BAN = LocalDate.of(2026, 7, 18);

	static final LocalDate BAN_DAY = LocalDate.of(2026, 7, 19);

	static final HsCode TENT = HsCode.parse("6306.22").orElseThrow();

	static final HsCode TROUSERS = HsCode.parse("6203.42").orElseThrow();

	static final HsCode PHONE = HsCode.parse("8517.13").orElseThrow();

	@Test
	void theTablesListEveryOperationOfBothAnnexesOnceWithItsSource() {
		List<String> expected = Stream
			.concat(IntStream.rangeClosed(1, 13).mapToObj((n) -> "R" + n),
					IntStream.rangeClosed(1, 15).mapToObj((n) -> "D" + n))
			.toList();
		assertThat(OPERATIONS.all()).extracting(WasteOperation::code).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(OPERATIONS.all())
			.allSatisfy((operation) -> assertThat(operation.source()).startsWith("Directive 2008/98/EC"));
		assertThat(OPERATIONS.operation("R1").orElseThrow().outflow()).isEqualTo(EsrsOutflow.OTHER_RECOVERY);
		assertThat(OPERATIONS.operation("R4").orElseThrow().outflow()).isEqualTo(EsrsOutflow.RECYCLING);
		assertThat(OPERATIONS.operation("D10").orElseThrow().outflow()).isEqualTo(EsrsOutflow.INCINERATION);
		assertThat(OPERATIONS.operation("D1").orElseThrow().outflow()).isEqualTo(EsrsOutflow.LANDFILL);
		assertThat(OPERATIONS.operation("R13").orElseThrow().outflow()).isEqualTo(EsrsOutflow.INTERIM);
	}

	@Test
	void aTableWithAnOperationNoAnnexHasFailsWithItsLine() {
		assertThatThrownBy(() -> WasteOperations.read(new StringReader("R14,RECOVERY,RECYCLING,Nothing,Somewhere\n"),
				new StringReader("")))
			.hasMessageContaining("line 1")
			.hasMessageContaining("R14");
		assertThatThrownBy(() -> WasteOperations.read(new StringReader("R4,RECOVERY,RECYCLING,Metals,Annex II\n"),
				new StringReader("RECYCLE,R4,R5,Somewhere\n")))
			.hasMessageContaining("line 1")
			.hasMessageContaining("R5");
	}

	@ParameterizedTest(name = "{0} after {1}: {2}")
	@CsvSource(nullValues = "none",
			value = { "RESTOCK, none, true", "PROCESSING_REQUIRED, none, true", "REPAIR, PROCESSING_REQUIRED, true",
					"RESTOCK, REPAIR, true", "RECYCLE, REPAIR, true", "REFURBISH, REPAIR, true",
					"RESELL, REFURBISH, true", "REPAIR, REPAIR, false", "PROCESSING_REQUIRED, REPAIR, false",
					"PROCESSING_REQUIRED, PROCESSING_REQUIRED, false", "RECYCLE, DESTROY, false",
					"REPAIR, DESTROY, false", "RESELL, RESTOCK, false", "RETURN_TO_SHIPPER, RECYCLE, false",
					"DESTROY, RETURN_TO_SHIPPER, false" })
	void transitions(Disposition next, @Nullable Disposition last, boolean allowed) {
		assertThat(next.mayFollow(last)).isEqualTo(allowed);
		List<UserError> errors = RULES
			.check(new Item(Grade.GOOD, TENT, false, last), choice(next), EnterpriseSize.LARGE, BAN_DAY)
			.errors();
		assertThat(errors.stream().anyMatch((e) -> e.code() == DispositionErrorCode.DISPOSITION_NOT_ALLOWED))
			.isEqualTo(!allowed);
	}

	@Test
	void theStoryOfTheIssueIsAllowedAndNothingFollowsDestroy() {
		Item graded = new Item(Grade.DAMAGED, TENT, false, null);
		assertThat(RULES.check(graded, choice(Disposition.PROCESSING_REQUIRED), EnterpriseSize.LARGE, BAN_DAY).errors())
			.isEmpty();
		assertThat(RULES
			.check(new Item(Grade.DAMAGED, TENT, false, Disposition.PROCESSING_REQUIRED), choice(Disposition.REPAIR),
					EnterpriseSize.LARGE, BAN_DAY)
			.errors()).isEmpty();
		assertThat(RULES
			.check(new Item(Grade.DAMAGED, TENT, false, Disposition.REPAIR), choice(Disposition.RESTOCK),
					EnterpriseSize.LARGE, BAN_DAY)
			.errors()).isEmpty();
		assertThat(codes(RULES
			.check(new Item(Grade.DAMAGED, TENT, false, Disposition.DESTROY), choice(Disposition.RECYCLE),
					EnterpriseSize.LARGE, BAN_DAY)
			.errors())).containsExactly("disposition DISPOSITION_NOT_ALLOWED");
	}

	@ParameterizedTest(name = "{0} of {1} with {2}: {3}")
	@CsvSource(nullValues = "none", value = { "RECYCLE, GOOD, none, R4", "RECYCLE, GOOD, R3, R3",
			"RECYCLE, SCRAP, r5, R5", "RECOVER_ENERGY, DAMAGED, none, R1", "DESTROY, SCRAP, none, D10",
			"DESTROY, SCRAP, D1, D1", "PROCESSING_REQUIRED, SCRAP, none, R13", "PROCESSING_REQUIRED, SCRAP, D15, D15",
			"PROCESSING_REQUIRED, DAMAGED, none, none", "RESELL, GOOD, none, none", "REPAIR, DAMAGED, none, none" })
	void theWasteOperationEachDispositionRecords(Disposition disposition, Grade grade, @Nullable String code,
			@Nullable String recorded) {
		DispositionRules.Result result = RULES.check(new Item(grade, TENT, false, null),
				new Choice(disposition, code, null, null), EnterpriseSize.LARGE, BAN_DAY);
		assertThat(result.errors()).isEmpty();
		assertThat(result.decision().operation().map(WasteOperation::code).orElse(null)).isEqualTo(recorded);
	}

	@ParameterizedTest(name = "{0} with {1}")
	@CsvSource({ "RECYCLE, D10", "RECYCLE, R1", "DESTROY, R4", "RECOVER_ENERGY, R4", "RESELL, R4", "RECYCLE, R99",
			"RECYCLE, X" })
	void anOperationTheDispositionCannotRecordIsRefused(Disposition disposition, String code) {
		assertThat(codes(RULES
			.check(new Item(Grade.DAMAGED, TENT, false, null), new Choice(disposition, code, null, null),
					EnterpriseSize.LARGE, BAN_DAY)
			.errors())).containsExactly("wasteOperationCode WASTE_OPERATION_NOT_ALLOWED");
	}

	@Test
	void scrapIsWasteAndAWrongItemGoesBackAndAMissingOneHasNoDisposition() {
		assertThat(codes(RULES
			.check(new Item(Grade.SCRAP, TENT, false, null), choice(Disposition.RESELL), EnterpriseSize.LARGE, BAN_DAY)
			.errors())).containsExactly("disposition DISPOSITION_NOT_ALLOWED");
		assertThat(codes(RULES
			.check(new Item(Grade.WRONG_ITEM, TENT, false, null), choice(Disposition.RESTOCK), EnterpriseSize.LARGE,
					BAN_DAY)
			.errors())).containsExactly("disposition DISPOSITION_NOT_ALLOWED");
		assertThat(RULES
			.check(new Item(Grade.WRONG_ITEM, TENT, false, null), choice(Disposition.RETURN_TO_SHIPPER),
					EnterpriseSize.LARGE, BAN_DAY)
			.errors()).isEmpty();
		assertThat(codes(RULES
			.check(new Item(Grade.MISSING, TENT, false, null), choice(Disposition.RECYCLE), EnterpriseSize.LARGE,
					BAN_DAY)
			.errors())).containsExactly("itemId ITEM_MISSING");
		assertThat(codes(RULES
			.check(new Item(null, TENT, false, null), choice(Disposition.RECYCLE), EnterpriseSize.LARGE, BAN_DAY)
			.errors())).containsExactly("itemId ITEM_NOT_GRADED");
	}

	@ParameterizedTest(name = "{0} destroyed by a {1} shipper on {2}: banned {3}")
	@CsvSource({ "6203.42, LARGE, 2026-07-18, false", "6203.42, LARGE, 2026-07-19, true",
			"6109.10, LARGE, 2027-01-01, true", "6403.99, LARGE, 2026-07-19, true", "4203.10, LARGE, 2026-07-19, true",
			"4303.10, LARGE, 2026-07-19, true", "4303.90, LARGE, 2026-07-19, false", "6505.00, LARGE, 2026-07-19, true",
			"6503.00, LARGE, 2026-07-19, false", "6306.22, LARGE, 2026-07-19, false",
			"8517.13, LARGE, 2026-07-19, false", "6203.42, MEDIUM, 2026-07-19, false",
			"6203.42, MEDIUM, 2030-07-18, false", "6203.42, MEDIUM, 2030-07-19, true",
			"6203.42, SMALL, 2031-01-01, false", "6203.42, MICRO, 2031-01-01, false" })
	void theEsprBanAtItsDatesSizesAndHeadings(String hs, EnterpriseSize size, LocalDate day, boolean banned) {
		HsCode code = HsCode.parse(hs).orElseThrow();
		List<String> errors = codes(
				RULES.check(new Item(Grade.DAMAGED, code, false, null), choice(Disposition.DESTROY), size, day)
					.errors());
		assertThat(errors.contains("derogation DESTRUCTION_BANNED")).isEqualTo(banned);
	}

	@Test
	void aDerogationWithItsEvidenceLetsABannedDestructionThrough() {
		Item trousers = new Item(Grade.DAMAGED, TROUSERS, false, null);
		DispositionRules.Result banned = RULES.check(trousers, choice(Disposition.DESTROY), EnterpriseSize.LARGE,
				BAN_DAY);
		assertThat(banned.errors()).singleElement()
			.satisfies((error) -> assertThat(error.message()).contains("apparel", "Regulation (EU) 2024/1781",
					"(EU) 2026/296"));
		assertThat(codes(RULES
			.check(trousers, new Choice(Disposition.DESTROY, null, EsprDerogation.DAMAGED, " "), EnterpriseSize.LARGE,
					BAN_DAY)
			.errors())).containsExactly("derogationEvidence DEROGATION_EVIDENCE_REQUIRED");
		DispositionRules.Result derogated = RULES.check(trousers, new Choice(Disposition.DESTROY, "D10",
				EsprDerogation.DAMAGED, "Inspection report IR-2026-0412, photos 1–3"), EnterpriseSize.LARGE, BAN_DAY);
		assertThat(derogated.errors()).isEmpty();
		assertThat(derogated.decision().bannedUnlessDerogated()).isPresent();
		assertThat(codes(RULES
			.check(trousers, new Choice(Disposition.RECYCLE, null, EsprDerogation.DAMAGED, "IR-1"),
					EnterpriseSize.LARGE, BAN_DAY)
			.errors())).containsExactly("derogation INVALID");
	}

	@Test
	void usedElectronicsGoBackToUseOnlyWithAPassedFunctionalTest() {
		assertThat(codes(RULES
			.check(new Item(Grade.GOOD, PHONE, false, null), choice(Disposition.RESELL), EnterpriseSize.LARGE, BAN_DAY)
			.errors())).containsExactly("disposition FUNCTIONAL_TEST_REQUIRED");
		assertThat(RULES
			.check(new Item(Grade.GOOD, PHONE, true, null), choice(Disposition.RESELL), EnterpriseSize.LARGE, BAN_DAY)
			.errors()).isEmpty();
		assertThat(RULES
			.check(new Item(Grade.NEW, PHONE, false, null), choice(Disposition.RESTOCK), EnterpriseSize.LARGE, BAN_DAY)
			.errors()).isEmpty();
		assertThat(RULES
			.check(new Item(Grade.DAMAGED, PHONE, false, null), choice(Disposition.REPAIR), EnterpriseSize.LARGE,
					BAN_DAY)
			.errors()).isEmpty();
		assertThat(RULES
			.check(new Item(Grade.GOOD, TENT, false, null), choice(Disposition.RESELL), EnterpriseSize.LARGE, BAN_DAY)
			.errors()).isEmpty();
	}

	private static Choice choice(Disposition disposition) {
		return new Choice(disposition, null, null, null);
	}

	private static List<String> codes(List<UserError> errors) {
		return errors.stream().map((error) -> String.join(".", error.field()) + " " + error.code().name()).toList();
	}

}
