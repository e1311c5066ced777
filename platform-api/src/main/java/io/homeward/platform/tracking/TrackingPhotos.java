package io.homeward.platform.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.homeward.platform.shared.Sha256;
import io.homeward.platform.tenancy.OrganizationKind;
import io.homeward.platform.tenancy.Tenant;
import io.homeward.platform.tenancy.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the photos carriers and operators take of what they record events about, and
 * reads them back under the caller's policies (tracking/V8): the uploader's own, and any
 * other only through an event the caller may read that names it.
 * <p>
 * An upload is keyed by the uploader's own UUID, so that a phone can name a photo in an
 * event queued offline before the photo has reached the platform, and upload it again
 * after a lost answer: the same bytes again under the same id store nothing new; other
 * bytes under an id already used are refused, as a reused client event id is.
 */
@Service
public class TrackingPhotos {

	/** The most bytes an upload may carry: a phone's photo, not a video. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most photos one event names. */
	public static final int MAX_PER_EVENT = 5;

	static final String PATH_PREFIX = "/tracking/photos/";

	private static final String COLUMNS = "id, content_type, width, height, byte_size, uploaded_at";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	TrackingPhotos(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** What became of an upload. */
	sealed interface Upload {

		/** Stored now ({@code created}), or stored before with the same bytes. */
		record Stored(TrackingPhoto photo, boolean created) implements Upload {

		}

		/** Not stored: why, as a code of {@link Refusal}, and in words. */
		record Refused(Refusal refusal, String message) implements Upload {

		}

	}

	/** Why an upload is refused, each with the HTTP status that answers it. */
	enum Refusal {

		/** A shipper: photos go with events, which carriers and operators record. */
		NOT_PERMITTED(403),
		/**
		 * The id names a photo uploaded before with other bytes, or another
		 * organization's.
		 */
		PHOTO_ID_TAKEN(409),
		/** More than {@link #MAX_BYTES}. */
		PHOTO_TOO_LARGE(413),
		/** Neither {@code image/jpeg} nor {@code image/png}. */
		PHOTO_TYPE_UNSUPPORTED(415),
		/** Not an image of its type, or more pixels than any camera takes. */
		PHOTO_UNREADABLE(422);

		private final int status;

		Refusal(int status) {
			this.status = status;
		}

		int status() {
			return this.status;
		}

	}

	/** A stored photo's file. */
	record File(String contentType, byte[] bytes) {

	}

	/**
	 * Stores {@code upload} under {@code id}, declared by the client as
	 * {@code contentType}. The bytes are bounded by the caller, which reads at most
	 * {@link #MAX_BYTES} + 1.
	 */
	@Transactional
	Upload upload(UUID id, @Nullable String contentType, byte[] upload) {
		Tenant tenant = TenantContext.require();
		if (tenant.is(OrganizationKind.SHIPPER)) {
			return new Upload.Refused(Refusal.NOT_PERMITTED,
					"A shipper uploads no tracking photos: carriers and operators do, with their events");
		}
		if (upload.length > MAX_BYTES) {
			return new Upload.Refused(Refusal.PHOTO_TOO_LARGE,
					"A photo has at most " + MAX_BYTES / (1024 * 1024) + " MiB");
		}
		String format = format(contentType);
		if (format == null) {
			return new Upload.Refused(Refusal.PHOTO_TYPE_UNSUPPORTED, "A photo is image/jpeg or image/png");
		}
		if (upload.length == 0) {
			return new Upload.Refused(Refusal.PHOTO_UNREADABLE, "The body is empty");
		}
		String sha256 = sha256(upload);
		// A replay answers without decoding again: a retried upload costs one statement.
		Optional<Upload> before = transaction.execute((status) -> stored(id, sha256));
		if (before.isPresent()) {
			return before.get();
		}
		PhotoImages.Encoded image;
		try {
			image = PhotoImages.reencode(upload, format);
		}
		catch (PhotoImages.Refused ex) {
			return new Upload.Refused(Refusal.PHOTO_UNREADABLE, ex.getMessage());
		}
		return transaction.execute((status) -> insert(id, tenant, sha256, format, image));
	}

	private Upload insert(UUID id, Tenant tenant, String sha256, String format, PhotoImages.Encoded image) {
		Optional<TrackingPhoto> inserted = jdbc
			.sql("""
					insert into tracking_photo (id, organization_id, uploaded_by, upload_sha256, content_type, width, height,
					                            byte_size, bytes)
					values (:id, :org, :user, :sha, :type, :width, :height, :size, :bytes)
					on conflict (id) do nothing
					returning\s"""
					+ COLUMNS)
			.param("id", id)
			.param("org", tenant.orgId())
			.param("user", tenant.userId())
			.param("sha", sha256)
			.param("type", "image/" + format)
			.param("width", image.width())
			.param("height", image.height())
			.param("size", image.bytes().length)
			.param("bytes", image.bytes())
			.query((rs, row) -> photo(rs))
			.optional();
		if (inserted.isPresent()) {
			return new Upload.Stored(inserted.get(), true);
		}
		// A concurrent upload of the same id won, or the id is another organization's.
		return stored(id, sha256).orElseGet(TrackingPhotos::taken);
	}

	private Optional<Upload> stored(UUID id, String sha256) {
		return jdbc
			.sql("select " + COLUMNS + ", organization_id = (select current_org()) as own, upload_sha256"
					+ " from tracking_photo where id = :id")
			.param("id", id)
			.query((rs, row) -> (rs.getBoolean("own") && sha256.equals(rs.getString("upload_sha256")))
					? (Upload) new Upload.Stored(photo(rs), false) : taken())
			.optional();
	}

	private static Upload taken() {
		return new Upload.Refused(Refusal.PHOTO_ID_TAKEN,
				"The photo id was used before for other bytes: a new photo takes a new id");
	}

	/** The photo's file, if the caller may read it. */
	@Transactional(readOnly = true)
	Optional<File> file(UUID id) {
		return jdbc.sql("select content_type, bytes from tracking_photo where id = :id")
			.param("id", id)
			.query((rs, row) -> new File(rs.getString("content_type"), rs.getBytes("bytes")))
			.optional();
	}

	/**
	 * The photos each of {@code events} names, in the recorder's order, as far as the
	 * caller may read them: one statement for any number of events.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<TrackingPhoto>> ofEvents(Collection<UUID> events) {
		Map<UUID, List<TrackingPhoto>> photos = new LinkedHashMap<>();
		events.forEach((event) -> photos.put(event, new ArrayList<>()));
		if (events.isEmpty()) {
			return photos;
		}
		jdbc.sql("""
				select e.id as event_id, p.id, p.content_type, p.width, p.height, p.byte_size, p.uploaded_at
				from tracking_event e
				cross join unnest(e.photo_ids) with ordinality as named (photo_id, position)
				join tracking_photo p on p.id = named.photo_id
				where e.id = any(:events) and cardinality(e.photo_ids) > 0
				order by e.id, named.position""")
			.param("events", events.toArray(UUID[]::new))
			.query((rs, row) -> photos.get(rs.getObject("event_id", UUID.class)).add(photo(rs)))
			.list();
		return photos;
	}

	/**
	 * Which of {@code ids} are the caller's own uploads, the only photos its events may
	 * name.
	 */
	Set<UUID> own(Collection<UUID> ids) {
		Set<UUID> own = new HashSet<>();
		jdbc.sql("select id from tracking_photo where organization_id = (select current_org()) and id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs, row) -> own.add(rs.getObject("id", UUID.class)))
			.list();
		return own;
	}

	private static TrackingPhoto photo(ResultSet rs) throws SQLException {
		return new TrackingPhoto(rs.getObject("id", UUID.class), rs.getString("content_type"), rs.getInt("width"),
				rs.getInt("height"), rs.getInt("byte_size"),
				rs.getObject("uploaded_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
	}

	/** The ImageIO format of a declared type, parameters ignored; null for any other. */
	private static @Nullable String format(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return switch (type) {
			case "image/jpeg" -> "jpeg";
			case "image/png" -> "png";
			default -> null;
		};
	}

	private static String sha256(byte[] bytes) {
		return Sha256.hex(bytes);
	}

}
