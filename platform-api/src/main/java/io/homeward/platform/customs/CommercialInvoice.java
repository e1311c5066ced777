package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.homeward.platform.shared.Money;

/**
 * One shipper's commercial invoice for the goods it sends back in a shared load: the
 * exporter and the importer of record, the lines, the currency every value is in, the
 * Incoterm and its named place, and the export the goods first left under. The reason for
 * export is always the return of goods: the platform ships nothing else. The totals are
 * computed from the lines, exactly.
 */
record CommercialInvoice(String number, LocalDate issuedOn, InvoiceParty exporter, InvoiceParty importerOfRecord,
		Currency currency, Incoterm incoterm, String incotermPlace, ExportReference originalExport,
		List<InvoiceLine> lines) {

	static final String REASON_FOR_EXPORT = "Return of goods";

	CommercialInvoice {
		if (number.isBlank()) {
			throw new IllegalArgumentException("A commercial invoice needs a number");
		}
		if (incotermPlace.isBlank()) {
			// Incoterms 2020 name a place with every rule: "DAP" alone does not say
			// where.
			throw new IllegalArgumentException("Invoice " + number + " needs the place named with " + incoterm);
		}
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("Invoice " + number + " has no lines");
		}
		for (InvoiceLine line : lines) {
			if (!line.unitValue().currency().equals(currency)) {
				throw new IllegalArgumentException("Invoice " + number + " is in " + currency + " but the line '"
						+ line.description() + "' is in " + line.unitValue().currency());
			}
		}
		if (originalExport.exportedOn().isAfter(issuedOn)) {
			throw new IllegalArgumentException("Invoice " + number + " is dated " + issuedOn
					+ ", before the original export of " + originalExport.exportedOn());
		}
		lines = List.copyOf(lines);
	}

	String reasonForExport() {
		return REASON_FOR_EXPORT;
	}

	Money totalValue() {
		BigDecimal total = BigDecimal.ZERO.setScale(Math.max(this.currency.getDefaultFractionDigits(), 0));
		for (InvoiceLine line : this.lines) {
			total = total.add(line.lineValue().amount());
		}
		return new Money(total, this.currency);
	}

	BigDecimal totalNetKg() {
		return this.lines.stream().map(InvoiceLine::netKg).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	BigDecimal totalGrossKg() {
		return this.lines.stream().map(InvoiceLine::grossKg).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
