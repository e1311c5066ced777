package io.homeward.platform.customs;

import java.util.UUID;

/**
 * A commercial invoice of a load as the API serves it: the invoice, the load and shipper
 * it is for, and its key within the load (the shipper's code and the currency), which
 * names its PDF.
 */
public record LoadInvoice(UUID loadId, UUID shipperId, String key, CommercialInvoice invoice) {

	/** Where the PDF is downloaded, under the API's bearer token. */
	public String pdfPath() {
		return "/customs/loads/" + loadId + "/invoices/" + key + ".pdf";
	}

}
