package io.homeward.platform.tracking;

import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A return's chain of custody as a JSON-LD file, at the path {@code returnChainOfCustody}
 * gives as its {@code downloadUrl}: the same document, for auditors' tools that take a
 * file. The same bearer tokens as the API (the security chain requires a tenant on
 * {@code /tracking/**}) and the same read, under the caller's policies: a return the
 * caller cannot see is a 404 exactly like an id that names nothing. Ids are the returns'
 * UUIDs.
 */
@RestController
class ChainOfCustodyDownloadController {

	private static final MediaType JSON_LD = MediaType.parseMediaType(ChainOfCustody.MEDIA_TYPE);

	private final ChainOfCustody custody;

	private final JsonMapper json;

	ChainOfCustodyDownloadController(ChainOfCustody custody, JsonMapper json) {
		this.custody = custody;
		this.json = json;
	}

	@GetMapping(path = "/tracking/returns/{returnId}/chain-of-custody.jsonld", produces = ChainOfCustody.MEDIA_TYPE)
	ResponseEntity<byte[]> download(@PathVariable String returnId) {
		return uuid(returnId)
			.flatMap((id) -> custody.document(id)
				.map((document) -> ResponseEntity.ok()
					.contentType(JSON_LD)
					// Private: the document is tenant data and must not sit in a shared
					// cache.
					.cacheControl(CacheControl.noStore())
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment()
								.filename("chain-of-custody-" + id + ".jsonld")
								.build()
								.toString())
					.body(json.writeValueAsBytes(document))))
			.orElseGet(() -> ResponseEntity.notFound().build());
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
