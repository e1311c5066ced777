package io.homeward.platform.customs.graphql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.customs.CommercialInvoices;
import io.homeward.platform.customs.Incoterm;
import io.homeward.platform.customs.InvoiceLine;
import io.homeward.platform.customs.InvoiceParty;
import io.homeward.platform.customs.LoadInvoice;
import io.homeward.platform.shared.GlobalId;
import io.homeward.platform.shared.Money;
import io.homeward.platform.shared.graphql.Batches;
import io.homeward.platform.tenancy.Organization;
import io.homeward.platform.tenancy.Organizations;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code CommercialInvoice} type and its query. The invoices come whole from
 * {@link CommercialInvoices} (lines included, in its few statements); only the shipper is
 * read apart, once for all invoices of the answer.
 */
@Controller
class CommercialInvoiceController {

	private static final String INVOICE = "CommercialInvoice";

	private static final String LINE = "CommercialInvoiceLine";

	private final CommercialInvoices invoices;

	private final Organizations organizations;

	CommercialInvoiceController(CommercialInvoices invoices, Organizations organizations) {
		this.invoices = invoices;
		this.organizations = organizations;
	}

	@QueryMapping
	List<LoadInvoice> commercialInvoice(@Argument String loadId) {
		return invoices.ofLoad(GlobalId.decodeOrNone(loadId, Load.TYPE));
	}

	@BatchMapping(typeName = INVOICE)
	Map<LoadInvoice, Organization> shipper(List<LoadInvoice> batch) {
		return Batches.join(batch, LoadInvoice::shipperId,
				organizations.byIds(Batches.keys(batch, LoadInvoice::shipperId)));
	}

	@SchemaMapping(typeName = INVOICE)
	String number(LoadInvoice invoice) {
		return invoice.invoice().number();
	}

	@SchemaMapping(typeName = INVOICE)
	LocalDate issuedOn(LoadInvoice invoice) {
		return invoice.invoice().issuedOn();
	}

	@SchemaMapping(typeName = INVOICE)
	InvoiceParty exporter(LoadInvoice invoice) {
		return invoice.invoice().exporter();
	}

	@SchemaMapping(typeName = INVOICE)
	InvoiceParty importerOfRecord(LoadInvoice invoice) {
		return invoice.invoice().importerOfRecord();
	}

	@SchemaMapping(typeName = INVOICE)
	String currency(LoadInvoice invoice) {
		return invoice.invoice().currency().getCurrencyCode();
	}

	@SchemaMapping(typeName = INVOICE)
	Incoterm incoterm(LoadInvoice invoice) {
		return invoice.invoice().incoterm();
	}

	@SchemaMapping(typeName = INVOICE)
	String incotermPlace(LoadInvoice invoice) {
		return invoice.invoice().incotermPlace();
	}

	@SchemaMapping(typeName = INVOICE)
	String reasonForExport(LoadInvoice invoice) {
		return invoice.invoice().reasonForExport();
	}

	@SchemaMapping(typeName = INVOICE)
	List<InvoiceLine> lines(LoadInvoice invoice) {
		return invoice.invoice().lines();
	}

	@SchemaMapping(typeName = INVOICE)
	Money totalValue(LoadInvoice invoice) {
		return invoice.invoice().totalValue();
	}

	@SchemaMapping(typeName = INVOICE)
	BigDecimal totalNetKg(LoadInvoice invoice) {
		return invoice.invoice().totalNetKg();
	}

	@SchemaMapping(typeName = INVOICE)
	BigDecimal totalGrossKg(LoadInvoice invoice) {
		return invoice.invoice().totalGrossKg();
	}

	@SchemaMapping(typeName = INVOICE)
	String pdfUrl(LoadInvoice invoice) {
		return invoice.pdfPath();
	}

	@SchemaMapping(typeName = LINE)
	String hsCode(InvoiceLine line) {
		return line.hsCode().digits();
	}

	@SchemaMapping(typeName = LINE)
	String originCountry(InvoiceLine line) {
		return line.origin().value();
	}

	@SchemaMapping(typeName = "CommercialInvoiceParty")
	String country(InvoiceParty party) {
		return party.country().value();
	}

}
