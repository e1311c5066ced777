package io.homeward.platform.consolidation;

import java.util.Optional;

/**
 * The classes and divisions of dangerous goods as ADR and the IMDG Code number them.
 * Class 1 is one member: the platform records no division or compatibility group of
 * explosives.
 */
public enum HazardClass {

	EXPLOSIVES("1"), FLAMMABLE_GAS("2.1"), NON_FLAMMABLE_GAS("2.2"), TOXIC_GAS("2.3"), FLAMMABLE_LIQUID("3"),
	FLAMMABLE_SOLID("4.1"), SPONTANEOUSLY_COMBUSTIBLE("4.2"), DANGEROUS_WHEN_WET("4.3"), OXIDIZER("5.1"),
	ORGANIC_PEROXIDE("5.2"), TOXIC("6.1"), INFECTIOUS("6.2"), RADIOACTIVE("7"), CORROSIVE("8"), MISCELLANEOUS("9");

	private final String code;

	HazardClass(String code) {
		this.code = code;
	}

	/** The number the regulations print ("5.1"). */
	public String code() {
		return code;
	}

	/** Reads "5.1", "3" or a class 1 division such as "1.4" (or "1.4G"). */
	public static Optional<HazardClass> ofCode(String text) {
		String code = text.trim();
		if (code.equals("1") || code.startsWith("1.")) {
			return Optional.of(EXPLOSIVES);
		}
		for (HazardClass hazardClass : values()) {
			if (hazardClass.code.equals(code)) {
				return Optional.of(hazardClass);
			}
		}
		return Optional.empty();
	}

}
