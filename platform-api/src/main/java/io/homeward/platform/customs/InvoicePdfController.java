package io.homeward.platform.customs;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A commercial invoice's PDF over plain HTTP, at the path the API gives as its
 * {@code pdfUrl}: {@code /customs/loads/{load UUID}/invoices/{key}.pdf}, the key being
 * the shipper's code and the currency (the number itself holds the load's reference,
 * which may contain a slash). The same bearer tokens as the API (the security chain
 * requires a tenant on {@code /customs/**}) and the same reads as the query, under the
 * caller's policies: the shipper gets its own, the operator of the load every one, and
 * the carrier, another shipper or anyone else a 404 exactly like for a load or key that
 * names nothing.
 */
@RestController
class InvoicePdfController {

	private final CommercialInvoices invoices;

	InvoicePdfController(CommercialInvoices invoices) {
		this.invoices = invoices;
	}

	@GetMapping(path = "/customs/loads/{loadId}/invoices/{key}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable String loadId, @PathVariable String key) {
		return uuid(loadId).flatMap((id) -> invoices.find(id, key))
			.map((invoice) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				// Private: an invoice carries declared values and must not sit in a
				// shared cache.
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition",
						ContentDisposition.attachment().filename(fileName(invoice)).build().toString())
				.body(invoices.pdf(invoice)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** The number as a file name: a load reference may hold a slash. */
	static String fileName(LoadInvoice invoice) {
		return "commercial-invoice-" + invoice.invoice().number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
	}

	private static Optional<UUID> uuid(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
