package io.homeward.platform.customs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.homeward.platform.shared.Money;

/**
 * One shipper's commercial invoice for the goods it sends back in a shared load, in one
 * currency: the exporter and the importer of record, the lines (each with the export its
 * goods first left under), the currency every value is in, and the Incoterm with its
 * named place. The reason for export is always the return of goods: the platform ships
 * nothing else. The totals are computed from the lines, exactly.
 */
public record CommercialInvoice(String number, LocalDate issuedOn, InvoiceParty exporter, InvoiceParty importerOfRecord,
		Currency currency, Incoterm incoterm, String incotermPlace, List<InvoiceLine> lines) {

	static final String REASON_FOR_EXPORT = "Return of goods";

	public CommercialInvoice {
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
		for (InvoiceLine line : lines) {
			// Goods cannot come back before they left: a later export date is a wrong
			// record, not a return.
			ExportReference export = line.originalExport();
			if (export != null && export.exportedOn().isAfter(issuedOn)) {
				throw new IllegalArgumentException("Invoice " + number + " is dated " + issuedOn
						+ ", before the original export of '" + line.description() + "' on " + export.exportedOn());
			}
		}
		lines = List.copyOf(lines);
	}

	public String reasonForExport() {
		return REASON_FOR_EXPORT;
	}

	public Money totalValue() {
		BigDecimal total = BigDecimal.ZERO.setScale(Math.max(this.currency.getDefaultFractionDigits(), 0));
		for (InvoiceLine line : this.lines) {
			total = total.add(line.lineValue().amount());
		}
		return new Money(total, this.currency);
	}

	public BigDecimal totalNetKg() {
		return this.lines.stream().map(InvoiceLine::netKg).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal totalGrossKg() {
		return this.lines.stream().map(InvoiceLine::grossKg).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
