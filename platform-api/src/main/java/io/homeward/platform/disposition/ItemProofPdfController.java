package io.homeward.platform.disposition;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An item's proof as PDF, at {@link ItemProof#pdfPath}: the same bearer tokens as the API
 * (the security chain requires a tenant on {@code /disposition/**}) and the same reads as
 * {@code itemProof}, so anyone but the item's shipper and its hub's operator gets a 404,
 * exactly as for an id that names nothing.
 */
@RestController
class ItemProofPdfController {

	private final ItemProofs proofs;

	ItemProofPdfController(ItemProofs proofs) {
		this.proofs = proofs;
	}

	@GetMapping(path = "/disposition/items/{itemId}/proof.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable String itemId) {
		UUID id;
		try {
			id = UUID.fromString(itemId);
		}
		catch (IllegalArgumentException ex) {
			return ResponseEntity.notFound().build();
		}
		return proofs.pdf(id)
			.map((pdf) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition",
						ContentDisposition.attachment().filename("proof-" + id + ".pdf").build().toString())
				.body(pdf))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
