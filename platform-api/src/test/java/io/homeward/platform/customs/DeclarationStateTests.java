package io.homeward.platform.customs;

import io.homeward.platform.customs.DeclarationState.StatusChange;
import io.homeward.platform.customs.DeclarationState.StatusRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every pair of declaration statuses, the allowed moves and the refused ones, and what a
 * move carries: the customs reference from lodgement on, the reason while held.
 */
class DeclarationStateTests {

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource(textBlock = """
			DRAFT,    DRAFT,    NOT_ALLOWED
			DRAFT,    LODGED,   MOVED
			DRAFT,    ACCEPTED, NOT_ALLOWED
			DRAFT,    HELD,     NOT_ALLOWED
			DRAFT,    RELEASED, NOT_ALLOWED
			LODGED,   DRAFT,    NOT_ALLOWED
			LODGED,   LODGED,   NOT_ALLOWED
			LODGED,   ACCEPTED, MOVED
			LODGED,   HELD,     MOVED
			LODGED,   RELEASED, NOT_ALLOWED
			ACCEPTED, DRAFT,    NOT_ALLOWED
			ACCEPTED, LODGED,   NOT_ALLOWED
			ACCEPTED, ACCEPTED, NOT_ALLOWED
			ACCEPTED, HELD,     MOVED
			ACCEPTED, RELEASED, MOVED
			HELD,     DRAFT,    NOT_ALLOWED
			HELD,     LODGED,   MOVED
			HELD,     ACCEPTED, NOT_ALLOWED
			HELD,     HELD,     NOT_ALLOWED
			HELD,     RELEASED, MOVED
			RELEASED, DRAFT,    NOT_ALLOWED
			RELEASED, LODGED,   NOT_ALLOWED
			RELEASED, ACCEPTED, NOT_ALLOWED
			RELEASED, HELD,     NOT_ALLOWED
			RELEASED, RELEASED, NOT_ALLOWED
			""")
	void everyPairOfStatuses(DeclarationStatus from, DeclarationStatus to, String expected) {
		DeclarationState state = in(from);

		StatusChange change = state.moveTo(to, "26NL0000000000042X", "Documents requested");

		assertThat(from.canMoveTo(to)).isEqualTo(expected.equals("MOVED"));
		if (expected.equals("MOVED")) {
			DeclarationState moved = ((StatusChange.Moved) change).state();
			assertThat(moved.status()).isEqualTo(to);
			assertThat(moved.customsReference()).isEqualTo("26NL0000000000042X");
			assertThat(moved.holdReason()).isEqualTo((to == DeclarationStatus.HELD) ? "Documents requested" : null);
		}
		else {
			assertThat(change).isEqualTo(new StatusChange.Refused(StatusRefusal.NOT_ALLOWED,
					"A " + from + " declaration cannot become " + to));
		}
	}

	@Test
	void theCustomsReferenceIsRequiredToLodge() {
		assertThat(DeclarationState.draft().lodge(" ")).isEqualTo(new StatusChange.Refused(
				StatusRefusal.CUSTOMS_REFERENCE_REQUIRED, "Lodging a declaration needs the reference customs gave it"));
		assertThat(DeclarationState.draft().moveTo(DeclarationStatus.LODGED, null, null))
			.isInstanceOf(StatusChange.Refused.class);
	}

	@Test
	void theReferenceGivenAtLodgementStaysThroughLaterMoves() {
		DeclarationState lodged = moved(DeclarationState.draft().lodge(" 26NL0000000000042X "));
		DeclarationState released = moved(moved(lodged.moveTo(DeclarationStatus.ACCEPTED, "OTHER", null))
			.moveTo(DeclarationStatus.RELEASED, "OTHER", null));

		assertThat(lodged.customsReference()).isEqualTo("26NL0000000000042X");
		assertThat(released.customsReference()).isEqualTo("26NL0000000000042X");
	}

	@Test
	void aHoldNeedsItsReasonAndAnsweringItClearsTheReason() {
		DeclarationState lodged = moved(DeclarationState.draft().lodge("26NL0000000000042X"));

		assertThat(lodged.hold("")).isEqualTo(new StatusChange.Refused(StatusRefusal.HOLD_REASON_REQUIRED,
				"Holding a declaration needs the reason customs gave"));
		DeclarationState held = moved(lodged.hold("Examination of the goods"));
		assertThat(held.holdReason()).isEqualTo("Examination of the goods");
		DeclarationState answered = moved(held.moveTo(DeclarationStatus.LODGED, null, null));
		assertThat(answered).isEqualTo(new DeclarationState(DeclarationStatus.LODGED, "26NL0000000000042X", null));
	}

	@Test
	void aStateThatBreaksItsRulesCannotBeBuilt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeclarationState(DeclarationStatus.LODGED, null, null))
			.withMessage("A LODGED declaration needs its customs reference");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeclarationState(DeclarationStatus.HELD, "26NL0000000000042X", null))
			.withMessage("A hold reason belongs to a HELD declaration only, not HELD");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeclarationState(DeclarationStatus.ACCEPTED, "26NL0000000000042X", "Why"))
			.withMessage("A hold reason belongs to a HELD declaration only, not ACCEPTED");
	}

	static DeclarationState in(DeclarationStatus status) {
		return switch (status) {
			case DRAFT -> DeclarationState.draft();
			case HELD -> new DeclarationState(status, "26NL0000000000042X", "Examination of the goods");
			default -> new DeclarationState(status, "26NL0000000000042X", null);
		};
	}

	static DeclarationState moved(StatusChange change) {
		assertThat(change).isInstanceOf(StatusChange.Moved.class);
		return ((StatusChange.Moved) change).state();
	}

}
