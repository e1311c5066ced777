package io.homeward.platform.tenancy;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The characters Spring Security's {@link StrictHttpFirewall} allows in header names and
 * values and in parameter names, by default: assigned code points that are not ISO
 * control characters, and in header values the tab too. The default checks them with
 * regular expressions over Unicode property classes, character by character, on every
 * header read: on a bearer token of a kilobyte that was a seventh of a small request's
 * CPU. This is the same rule as a loop over code points.
 */
final class FirewallCharacters {

	/** Header and parameter names: assigned, no control characters. */
	static final Predicate<String> ASSIGNED_NOT_CONTROL = (value) -> allowed(value, false);

	/** Header values: the same, and tabs. */
	static final Predicate<String> HEADER_VALUE = (value) -> allowed(value, true);

	private FirewallCharacters() {
	}

	static StrictHttpFirewall strictFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(ASSIGNED_NOT_CONTROL);
		firewall.setAllowedHeaderValues(HEADER_VALUE);
		firewall.setAllowedParameterNames(ASSIGNED_NOT_CONTROL);
		return firewall;
	}

	private static boolean allowed(String value, boolean tab) {
		for (int i = 0; i < value.length();) {
			int codePoint = value.codePointAt(i);
			// Printable ASCII, the whole of nearly every header, decides without a table.
			if (codePoint < 0x20 || codePoint >= 0x7f) {
				if (Character.getType(codePoint) == Character.UNASSIGNED
						|| (Character.isISOControl(codePoint) && !(tab && codePoint == '\t'))) {
					return false;
				}
			}
			i += Character.charCount(codePoint);
		}
		return true;
	}

}
