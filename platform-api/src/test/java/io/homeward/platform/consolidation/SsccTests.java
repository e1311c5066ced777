package io.homeward.platform.consolidation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** SSCC check digits against published examples, and the allocation of serials. */
class SsccTests {

	@Test
	void publishedSsccsHaveTheirCheckDigits() {
		// GS1 General Specifications: extension digit 1, company prefix 0614141, serial
		// reference 123456789, check digit 7.
		assertThat(Sscc.checkDigit("10614141123456789")).isEqualTo(7);
		assertThat(Sscc.parse("106141411234567897")).isPresent();
		// The SSCC-18 example of BWIPP's documentation: (00)095287654321012346.
		assertThat(Sscc.checkDigit("09528765432101234")).isEqualTo(6);
		assertThat(Sscc.parse("095287654321012346")).isPresent();
	}

	@Test
	void aWrongCheckDigitOrFormIsNoSscc() {
		assertThat(Sscc.parse("106141411234567890")).isEmpty();
		assertThat(Sscc.parse("10614141123456789")).isEmpty();
		assertThat(Sscc.parse("10614141123456789A")).isEmpty();
		// A transposition of two neighbouring digits changes the check digit.
		assertThat(Sscc.parse("016141411234567897")).isEmpty();
	}

	@Test
	void aSerialFillsTheDigitsThePrefixLeaves() {
		Sscc sscc = Sscc.of(1, "0614141", 123456789);
		assertThat(sscc.value()).isEqualTo("106141411234567897");
		assertThat(sscc.humanReadable()).isEqualTo("(00)106141411234567897");
		assertThat(Sscc.of(0, "0614141", 7).value()).startsWith("00614141000000007").hasSize(18);
		assertThat(Sscc.capacity("0614141")).isEqualTo(1_000_000_000L);
		assertThat(Sscc.capacity("061414112345")).isEqualTo(10_000L);
		assertThatIllegalArgumentException().isThrownBy(() -> Sscc.of(0, "061414112345", 10_000));
		assertThatIllegalArgumentException().isThrownBy(() -> Sscc.of(10, "0614141", 1));
	}

	@Test
	void unitsNestOnlyInLargerKindsAndLoadsMoveOneStepForward() {
		assertThat(UnitKind.BAG.fitsInto(UnitKind.TOTE)).isTrue();
		assertThat(UnitKind.TOTE.fitsInto(UnitKind.CONTAINER)).isTrue();
		assertThat(UnitKind.PALLET.fitsInto(UnitKind.BAG)).isFalse();
		assertThat(UnitKind.PALLET.fitsInto(UnitKind.PALLET)).isFalse();
		assertThat(LoadStatus.PLANNING.canMoveTo(LoadStatus.CLOSED)).isTrue();
		assertThat(LoadStatus.PLANNING.canMoveTo(LoadStatus.DISPATCHED)).isFalse();
		assertThat(LoadStatus.CLOSED.canMoveTo(LoadStatus.PLANNING)).isFalse();
		assertThat(LoadStatus.RECEIVED.next()).isEmpty();
	}

}
