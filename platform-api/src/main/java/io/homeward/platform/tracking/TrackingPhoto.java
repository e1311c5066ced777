package io.homeward.platform.tracking;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored photo as its readers see it: what it is, never its bytes, which are served as
 * a file at {@link #path()}.
 *
 * @param width the stored image's, after any downscaling at upload
 * @param byteSize the stored image's size in bytes
 */
public record TrackingPhoto(UUID uuid, String contentType, int width, int height, int byteSize,
		OffsetDateTime uploadedAt) {

	public static final String TYPE = "TrackingPhoto";

	/** Where the file is, under the API's bearer tokens. */
	public String path() {
		return TrackingPhotos.PATH_PREFIX + uuid;
	}

}
