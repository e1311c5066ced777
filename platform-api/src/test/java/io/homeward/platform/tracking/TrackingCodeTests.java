package io.homeward.platform.tracking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracking codes as people type them, by Crockford's decoding rules. */
class TrackingCodeTests {

	static final String CODE = "HW0123456789ABCDEF";

	@ParameterizedTest
	@ValueSource(strings = { "HW0123456789ABCDEF", "hw0123456789abcdef", "HW-0123-4567-89AB-CDEF",
			" HW 0123 4567 89AB CDEF ", "HWO123456789ABCDEF", "HW0l23456789ABCDEF", "HW0I23456789ABCDEF",
			"HW0i23456789abcdef" })
	void typedFormsReadAsTheCode(String typed) {
		assertThat(TrackingCode.normalize(typed)).hasValue(CODE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "HW", "HW0123456789ABCDE", "HW0123456789ABCDEF0", "XW0123456789ABCDEF",
			"HW0123456789ABCDEU", "HW0123456789ABCDE_", "HW0123456789ABCDE\u00e9", "HW\u0660123456789ABCDEF" })
	void anythingElseIsNoCode(String typed) {
		assertThat(TrackingCode.normalize(typed)).isEmpty();
	}

	@Test
	void aLongInputIsRefusedBeforeItIsScanned() {
		assertThat(TrackingCode.normalize("HW" + "-".repeat(TrackingCode.MAX_INPUT) + "0123456789ABCDEF")).isEmpty();
		assertThat(TrackingCode.normalize("H-W-0-1-2-3-4-5-6-7-8-9-A-B-C-D-E-F")).hasValue(CODE);
	}

}
