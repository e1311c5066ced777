package io.homeward.platform.tenancy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop decides as Spring Security's own expressions do (copied here from
 * {@code StrictHttpFirewall} as the reference) for every code point, alone and inside
 * printable text, and for the odd surrogate.
 */
class FirewallCharactersTests {

	private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern HEADER_VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsSpringSecurityJudgesIt() {
		int refused = 0;
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String alone = Character.toString(codePoint);
			String inText = "Bearer ey" + alone + "J9";
			assertThat(FirewallCharacters.ASSIGNED_NOT_CONTROL.test(alone)).as("U+%04X", codePoint)
				.isEqualTo(NAMES.matcher(alone).matches());
			assertThat(FirewallCharacters.HEADER_VALUE.test(inText)).as("U+%04X", codePoint)
				.isEqualTo(HEADER_VALUES.matcher(inText).matches());
			if (!FirewallCharacters.HEADER_VALUE.test(alone)) {
				refused++;
			}
		}
		// Control characters but the tab, and unassigned code points, are refused.
		assertThat(refused).isGreaterThan(64);
		assertThat(FirewallCharacters.HEADER_VALUE.test("a\tb")).isTrue();
		assertThat(FirewallCharacters.ASSIGNED_NOT_CONTROL.test("a\tb")).isFalse();
		assertThat(FirewallCharacters.HEADER_VALUE.test("a\u0000b")).isFalse();
		assertThat(FirewallCharacters.HEADER_VALUE.test("\ud800")).isEqualTo(HEADER_VALUES.matcher("\ud800").matches());
		assertThat(FirewallCharacters.HEADER_VALUE.test("")).isTrue();
	}

}
