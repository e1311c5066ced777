package io.homeward.platform.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.homeward.platform.shared.GlobalId;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tracking photos as files: {@code PUT /tracking/photos/{uuid}} stores one under the
 * uploader's own UUID (201 the first time, 200 for the same bytes again), and {@code GET}
 * serves it to whoever may read it, under the API's bearer tokens (the security chain
 * requires a tenant on {@code /tracking/**}). A refusal is a problem document (RFC 9457)
 * whose {@code code} names it; a photo the caller may not read is a 404 exactly like an
 * id that names nothing.
 */
@RestController
class TrackingPhotoController {

	private static final String PATH = TrackingPhotos.PATH_PREFIX + "{id}";

	private final TrackingPhotos photos;

	TrackingPhotoController(TrackingPhotos photos) {
		this.photos = photos;
	}

	@PutMapping(path = PATH)
	ResponseEntity<?> upload(@PathVariable String id, HttpServletRequest request) throws IOException {
		Optional<UUID> uuid = uuid(id);
		if (uuid.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "INVALID", "A photo's id is a UUID the uploader chooses");
		}
		// Refused before reading when the client says it is too large; otherwise read
		// up to one byte past the limit, never the whole of an oversized body.
		if (request.getContentLengthLong() > TrackingPhotos.MAX_BYTES) {
			return refused(new TrackingPhotos.Upload.Refused(TrackingPhotos.Refusal.PHOTO_TOO_LARGE,
					"A photo has at most " + TrackingPhotos.MAX_BYTES / (1024 * 1024) + " MiB"));
		}
		byte[] body;
		try (InputStream input = request.getInputStream()) {
			body = input.readNBytes(TrackingPhotos.MAX_BYTES + 1);
		}
		return switch (photos.upload(uuid.get(), request.getContentType(), body)) {
			case TrackingPhotos.Upload.Stored stored -> {
				Map<String, Object> photo = describe(stored.photo());
				yield stored.created() ? ResponseEntity.created(URI.create(stored.photo().path())).body(photo)
						: ResponseEntity.ok(photo);
			}
			case TrackingPhotos.Upload.Refused refused -> refused(refused);
		};
	}

	@GetMapping(path = PATH)
	ResponseEntity<byte[]> download(@PathVariable String id) {
		return uuid(id).flatMap(photos::file)
			.map((file) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				// The bytes under an id never change, but who may read them can: kept
				// by the reader's browser for a while, never by a shared cache.
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
				.body(file.bytes()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** What the API's {@code TrackingPhoto} says, with the id events name it by. */
	private static Map<String, Object> describe(TrackingPhoto photo) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("id", GlobalId.encode(TrackingPhoto.TYPE, photo.uuid()));
		described.put("url", photo.path());
		described.put("contentType", photo.contentType());
		described.put("width", photo.width());
		described.put("height", photo.height());
		described.put("byteSize", photo.byteSize());
		described.put("uploadedAt", photo.uploadedAt().toString());
		return described;
	}

	private static ResponseEntity<ProblemDetail> refused(TrackingPhotos.Upload.Refused refused) {
		return problem(HttpStatus.valueOf(refused.refusal().status()), refused.refusal().name(), refused.message());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setProperty("code", code);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Optional<UUID> uuid(String id) {
		try {
			// Only the canonical form: one photo has one path.
			UUID uuid = UUID.fromString(id);
			return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
