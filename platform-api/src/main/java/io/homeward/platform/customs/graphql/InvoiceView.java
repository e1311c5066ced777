package io.homeward.platform.customs.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.homeward.platform.customs.CommercialInvoice;
import io.homeward.platform.customs.Incoterm;
import io.homeward.platform.customs.InvoiceLine;
import io.homeward.platform.customs.InvoiceParty;
import io.homeward.platform.customs.LoadInvoice;
import io.homeward.platform.shared.Money;

/**
 * The {@code CommercialInvoice} type as GraphQL reads it: the invoice's fields flat, so
 * graphql-java's property fetcher reads each one, instead of a fetcher method per field
 * that only unwraps the invoice.
 */
record InvoiceView(UUID shipperId, String number, LocalDate issuedOn, InvoiceParty exporter,
		InvoiceParty importerOfRecord, String currency, Incoterm incoterm, String incotermPlace, String reasonForExport,
		List<InvoiceLine> lines, Money totalValue, BigDecimal totalNetKg, BigDecimal totalGrossKg, String pdfUrl) {

	static InvoiceView of(LoadInvoice loaded) {
		CommercialInvoice invoice = loaded.invoice();
		return new InvoiceView(loaded.shipperId(), invoice.number(), invoice.issuedOn(), invoice.exporter(),
				invoice.importerOfRecord(), invoice.currency().getCurrencyCode(), invoice.incoterm(),
				invoice.incotermPlace(), invoice.reasonForExport(), invoice.lines(), invoice.totalValue(),
				invoice.totalNetKg(), invoice.totalGrossKg(), loaded.pdfPath());
	}

}
