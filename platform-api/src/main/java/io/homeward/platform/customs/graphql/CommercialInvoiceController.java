package io.homeward.platform.customs.graphql;

import java.util.List;
import java.util.Map;

import io.homeward.platform.consolidation.Load;
import io.homeward.platform.customs.CommercialInvoices;
import io.homeward.platform.customs.InvoiceLine;
import io.homeward.platform.customs.InvoiceParty;
import io.homeward.platform.shared.GlobalId;
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
	List<InvoiceView> commercialInvoice(@Argument String loadId) {
		return invoices.ofLoad(GlobalId.decodeOrNone(loadId, Load.TYPE)).stream().map(InvoiceView::of).toList();
	}

	@BatchMapping(typeName = INVOICE)
	Map<InvoiceView, Organization> shipper(List<InvoiceView> batch) {
		return Batches.join(batch, InvoiceView::shipperId,
				organizations.byIds(Batches.keys(batch, InvoiceView::shipperId)));
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
