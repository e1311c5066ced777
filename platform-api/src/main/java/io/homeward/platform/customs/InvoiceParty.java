package io.homeward.platform.customs;

import java.util.List;

import io.homeward.platform.shared.CountryCode;

/**
 * The exporter or the importer of record as the invoice names them: name, the address
 * lines as printed, and the country.
 */
public record InvoiceParty(String name, List<String> addressLines, CountryCode country) {

	public InvoiceParty {
		if (name.isBlank()) {
			throw new IllegalArgumentException("An invoice party needs a name");
		}
		if (addressLines.isEmpty() || addressLines.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("The address of " + name + " needs at least one line and no blank ones");
		}
		addressLines = List.copyOf(addressLines);
	}

}
