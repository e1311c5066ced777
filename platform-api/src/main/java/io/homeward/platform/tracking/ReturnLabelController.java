package io.homeward.platform.tracking;

import io.homeward.platform.shared.ratelimit.RateLimitUnavailableException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A return's label as a PDF for whoever holds its tracking code, with no login: the code
 * is 80 random bits and already opens the return's public track, and the label shows no
 * more than the track and the RMA number, the shipper and the destination hub. Charged to
 * the client's address like {@code returnTrack}, and answered 404 for a code of no return
 * exactly as for a malformed one.
 */
@RestController
class ReturnLabelController {

	static final String PATH = "/labels/{code}.pdf";

	private final PublicTracking tracking;

	ReturnLabelController(PublicTracking tracking) {
		this.tracking = tracking;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> label(@PathVariable String code, HttpServletRequest request) {
		PublicTracking.LabelAnswer answer;
		try {
			answer = tracking.label(code, request.getRemoteAddr(),
					(normalized) -> ServletUriComponentsBuilder.fromContextPath(request)
						.path("/track/{code}")
						.buildAndExpand(normalized)
						.toUriString());
		}
		catch (RateLimitUnavailableException ex) {
			// Fails closed, as returnTrack does: unlimited downloads are unlimited
			// guesses.
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").build();
		}
		return switch (answer) {
			case PublicTracking.LabelAnswer.Found found -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				// Not in shared caches: the label names a return, and the code is its
				// key.
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("return-label-" + code + ".pdf").build().toString())
				.body(found.pdf());
			case PublicTracking.LabelAnswer.Unknown unknown -> ResponseEntity.notFound().build();
			case PublicTracking.LabelAnswer.Limited limited -> ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
				.build();
		};
	}

}
