package io.homeward.platform.disposition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.homeward.platform.shared.CommonErrorCode;
import io.homeward.platform.shared.HsCode;
import io.homeward.platform.shared.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Whether a disposition may be recorded for an item, and what it records: all the reasons
 * it may not at once, or the waste operation it carries. Pure: the service reads the
 * facts and writes the outcome.
 */
final class DispositionRules {

	/** What the rules need to know of the item. */
	record Item(@Nullable Grade grade, HsCode hsCode, boolean functionalTestPassed, @Nullable Disposition last) {

		/**
		 * Electrical and electronic equipment, as the HS chapters 84 and 85 hold it:
		 * used, it is waste unless a test shows it works (WEEE Directive 2012/19/EU Annex
		 * VI).
		 */
		boolean electronics() {
			return hsCode.chapter() == 84 || hsCode.chapter() == 85;
		}

	}

	/** What the hub asks for. */
	record Choice(Disposition disposition, @Nullable String operationCode, @Nullable EsprDerogation derogation,
			@Nullable String derogationEvidence) {

	}

	/** What is recorded: the waste operation where the item is waste. */
	record Decision(Optional<WasteOperation> operation, Optional<EsprDestructionBan.Listed> bannedUnlessDerogated) {

	}

	private final WasteOperations operations;

	private final EsprDestructionBan ban;

	DispositionRules(WasteOperations operations, EsprDestructionBan ban) {
		this.operations = operations;
		this.ban = ban;
	}

	/**
	 * The errors of recording {@code choice} for {@code item} on {@code day}, for a
	 * shipper of {@code size}; none, and the decision, if it may be recorded.
	 */
	Result check(Item item, Choice choice, EnterpriseSize size, LocalDate day) {
		List<UserError> errors = new ArrayList<>();
		Disposition disposition = choice.disposition();
		Grade grade = item.grade();
		if (grade == null) {
			errors.add(UserError.of("itemId", DispositionErrorCode.ITEM_NOT_GRADED,
					"Grade the item before disposing of it"));
			return new Result(errors, null);
		}
		if (!grade.present()) {
			errors.add(UserError.of("itemId", DispositionErrorCode.ITEM_MISSING,
					"The item was graded MISSING: there is nothing to dispose of"));
			return new Result(errors, null);
		}
		if (!disposition.mayFollow(item.last())) {
			errors.add(UserError.of("disposition", DispositionErrorCode.DISPOSITION_NOT_ALLOWED,
					(item.last() != null && item.last().isFinal())
							? "The item's disposition " + item.last() + " is final: nothing follows it"
							: disposition + " may not follow " + item.last()));
		}
		if (grade == Grade.WRONG_ITEM && disposition != Disposition.RETURN_TO_SHIPPER
				&& disposition != Disposition.PROCESSING_REQUIRED) {
			errors.add(UserError.of("disposition", DispositionErrorCode.DISPOSITION_NOT_ALLOWED,
					"A wrong item goes back to its shipper, or waits (PROCESSING_REQUIRED)"));
		}
		boolean waste = grade.waste() || disposition.makesWaste();
		if (grade.waste() && !disposition.makesWaste() && disposition != Disposition.PROCESSING_REQUIRED) {
			errors.add(UserError.of("disposition", DispositionErrorCode.DISPOSITION_NOT_ALLOWED,
					"Scrap is waste: it is recycled, recovered for energy or destroyed, or waits for processing"));
		}
		if (item.electronics() && disposition.reuse() && grade != Grade.NEW && !item.functionalTestPassed()) {
			errors.add(UserError.of("disposition", DispositionErrorCode.FUNCTIONAL_TEST_REQUIRED,
					"Used electronics go back to use only with a passed functional test recorded at grading "
							+ "(WEEE Directive 2012/19/EU Annex VI)"));
		}
		Optional<WasteOperation> operation = operation(choice, waste, errors);
		Optional<EsprDestructionBan.Listed> banned = Optional.empty();
		if (disposition == Disposition.DESTROY) {
			banned = ban.forbids(item.hsCode(), size, day);
			if (banned.isPresent() && choice.derogation() == null) {
				EsprDestructionBan.Listed listed = banned.get();
				errors.add(UserError.of("derogation", DispositionErrorCode.DESTRUCTION_BANNED,
						"Destroying unsold " + listed.category().toLowerCase(java.util.Locale.ROOT) + " is banned ("
								+ listed.source() + ", Art. 25) unless a derogation of " + EsprDerogation.SOURCE
								+ " applies"));
			}
		}
		if (choice.derogation() != null) {
			if (disposition != Disposition.DESTROY) {
				errors.add(UserError.of("derogation", CommonErrorCode.INVALID,
						"A derogation from the destruction ban goes with DESTROY only"));
			}
			else if (choice.derogationEvidence() == null || choice.derogationEvidence().isBlank()) {
				errors.add(UserError.of("derogationEvidence", DispositionErrorCode.DEROGATION_EVIDENCE_REQUIRED,
						"Name the documentation of the derogation (" + EsprDerogation.SOURCE.replace("Art. 2", "Art. 3")
								+ ")"));
			}
		}
		return new Result(errors, errors.isEmpty() ? new Decision(operation, banned) : null);
	}

	private Optional<WasteOperation> operation(Choice choice, boolean waste, List<UserError> errors) {
		String code = choice.operationCode();
		Optional<WasteOperations.Allowed> allowed = operations.allowed(choice.disposition());
		if (!waste) {
			if (code != null) {
				errors.add(UserError.of("wasteOperationCode", DispositionErrorCode.WASTE_OPERATION_NOT_ALLOWED,
						"The item stays a product by " + choice.disposition() + ": no waste operation applies"));
			}
			return Optional.empty();
		}
		if (allowed.isEmpty()) {
			// The grade's errors say why scrap cannot go this way.
			return Optional.empty();
		}
		if (code == null) {
			return Optional.of(allowed.get().byDefault());
		}
		Optional<WasteOperation> named = operations.operation(code.trim().toUpperCase(java.util.Locale.ROOT));
		if (named.isEmpty() || !allowed.get().operations().contains(named.get())) {
			errors.add(UserError.of("wasteOperationCode", DispositionErrorCode.WASTE_OPERATION_NOT_ALLOWED,
					choice.disposition() + " records one of "
							+ String.join(", ", WasteOperations.codes(allowed.get().operations())) + " ("
							+ allowed.get().source() + ")"));
			return Optional.empty();
		}
		return named;
	}

	/** The errors, none if the decision may be recorded. */
	record Result(List<UserError> errors, @Nullable Decision decision) {

	}

}
