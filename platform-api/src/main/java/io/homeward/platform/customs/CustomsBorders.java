package io.homeward.platform.customs;

import io.homeward.platform.shared.CountryCode;

import org.springframework.stereotype.Component;

/**
 * The shipped territory table ({@link CustomsTerritories}), read once when the
 * application starts: which loads cross a customs border, and which enter the Union.
 */
@Component
class CustomsBorders {

	static final String UNION = "EU";

	private final CustomsTerritories territories = CustomsTerritories.read(CsvTable.resource(CustomsTerritories.TABLE));

	boolean crossesBorder(String from, String to) {
		return territories.crossesBorder(new CountryCode(from), new CountryCode(to));
	}

	/**
	 * Whether the country (any text: an MRN's letters, say) is in the Union's territory.
	 */
	boolean entersUnion(String country) {
		return CountryCode.parse(country).map((code) -> territories.territoryOf(code).equals(UNION)).orElse(false);
	}

}
